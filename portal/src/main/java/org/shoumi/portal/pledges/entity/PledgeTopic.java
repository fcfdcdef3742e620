package org.shoumi.portal.pledges.entity;

/**
 * What a topic pledge (专项保密承诺) is about: receiving a mobile or secret-related device (移动办公设备/涉密设备), a
 * storage medium (移动存储介质), attending a classified meeting (涉密会议), or working on a classified project
 * (涉密项目).
 */
public enum PledgeTopic {
    DEVICE, STORAGE_MEDIUM, MEETING, PROJECT
}
