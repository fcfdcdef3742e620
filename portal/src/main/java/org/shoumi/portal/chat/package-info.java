/**
 * The unit's work chat (企业微信 or 钉钉 group robot): announcements for everyone (a self-inspection round opened, a
 * campaign launched, a rule changed) posted to a group through the robot's webhook, when one is configured.
 */
package org.shoumi.portal.chat;
