package org.shoumi.portal.incidents.entity;

/** Rewards and sanctions entered into a person's secrecy file (保密档案). */
public enum ConductKind {
    /** 表扬 */
    COMMENDATION,
    /** 奖励 */
    REWARD,
    /** 批评教育 */
    CRITICISM,
    /** 通报批评 */
    NOTICE_OF_CRITICISM,
    /** 处分 */
    DISCIPLINARY_SANCTION,
    /** 调离涉密岗位 */
    TRANSFER_OUT,
    /** 其他 */
    OTHER
}
