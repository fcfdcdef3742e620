package org.shoumi.portal.matters.entity;

/** The kinds of major personal matter a secret-related person must report (重大事项). */
public enum MatterCategory {
    /** marriage to a foreign national, or to a person living abroad */
    FOREIGN_MARRIAGE,
    /** spouse or children settling abroad, or taking a foreign nationality */
    RELATIVES_ABROAD,
    /** applying for a passport, or for permanent residence abroad */
    PASSPORT_OR_RESIDENCE,
    /** being investigated, or under criminal proceedings */
    INVESTIGATED,
    /** contact with foreign organisations or persons in unusual circumstances */
    FOREIGN_CONTACT,
    /** a secret carrier or device lost */
    CARRIER_LOST,
    OTHER
}
