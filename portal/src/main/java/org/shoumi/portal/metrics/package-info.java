/**
 * The business counters on Liberty's {@code /metrics} endpoint (Prometheus text format, MicroProfile Metrics 5.1):
 * attempts started, submitted and expired, pledges signed, reminders sent and evidence entries appended. They
 * observe the events the features already fire (the quizzes' attempt events, {@code org.shoumi.portal.events}) once
 * their transaction has committed, so a rolled-back action is never counted; no feature knows about metrics.
 * Request timings are Liberty's own (HTTP, servlet and REST metrics of {@code mpMetrics-5.1}).
 */
package org.shoumi.portal.metrics;
