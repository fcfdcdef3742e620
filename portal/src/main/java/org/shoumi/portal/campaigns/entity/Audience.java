package org.shoumi.portal.campaigns.entity;

/**
 * Whom an item of the yearly education plan concerns: all staff in post, the staff who are not secret-related
 * (非涉密人员), the secret-related people of one class (核心, 重要, 一般), leading cadres (领导干部: the LEADER post),
 * the secrecy staff (保密干部/保密员: holders of the secrecy officer role and the departments' part-time secrecy
 * liaisons serving now) or the people hired during the plan year.
 */
public enum Audience {
    ALL_STAFF, NON_SECRET, CORE, IMPORTANT, GENERAL, LEADERS, SECRECY_STAFF, NEW_HIRES
}
