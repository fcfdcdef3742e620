package org.shoumi.portal.departures.entity;

/** Kinds of secret carriers (国家秘密载体) a leaver hands back: papers, removable media, computers, other devices. */
public enum CarrierKind {
    DOCUMENT, USB_DRIVE, HARD_DISK, OPTICAL_DISC, LAPTOP, OTHER
}
