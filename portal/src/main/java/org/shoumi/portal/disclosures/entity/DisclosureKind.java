package org.shoumi.portal.disclosures.entity;

/** What is to be made public, or given outside the unit. */
public enum DisclosureKind {
    /** government information made public (政府信息公开) */
    GOVERNMENT_INFORMATION,
    /** a news item or press release (新闻宣传稿件) */
    NEWS,
    /** a page or post on the unit's website or social-media account (网站、新媒体发布) */
    WEBSITE,
    /** material handed to another organisation (对外提供资料) */
    EXTERNAL_MATERIAL,
    /** a meeting, exchange or cooperation with outsiders (对外交流合作) */
    COOPERATION,
    /** a paper, book or talk (论文、著作、公开演讲) */
    PUBLICATION,
    OTHER
}
