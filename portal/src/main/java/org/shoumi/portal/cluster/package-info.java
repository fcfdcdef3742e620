/**
 * Running the portal on two or more nodes over one database: a lease row that one node at a time holds
 * ({@code cluster_lease}, taken and renewed by a conditional update, so the database decides), the scheduled work
 * that only the holder runs (daily jobs recorded per job and day in {@code cluster_job_run}, so two nodes waking at
 * the same hour never both run one), and the long-running tasks that pages poll ({@code cluster_task}: a roster
 * import or a plan start with the node running it and a heartbeat, so a page served by another node sees it and a
 * task whose node died is reported as lost), and the row that nodes starting at the same time lock in turn for the
 * start-up work that writes data ({@code start_lock}). Depends on no other feature.
 */
package org.shoumi.portal.cluster;
