-- A topic pledge issue withdrawn by the secrecy office (pledges.entity.TopicIssueWithdrawal): the issue, when, by whom
-- and why, one row per issue, never changed. An issue made by mistake (the wrong people, the wrong occasion) stayed
-- owed by everyone it named; withdrawn, those who had not signed owe it no more and those who signed keep their
-- signed pledge. The issue itself is kept as it was made.
CREATE TABLE topic_issue_withdrawal (ID BIGSERIAL NOT NULL, issue_id BIGINT NOT NULL, withdrawn_at TIMESTAMP NOT NULL, withdrawn_by VARCHAR(64) NOT NULL, REASON VARCHAR(500) NOT NULL, PRIMARY KEY (ID));
ALTER TABLE topic_issue_withdrawal ADD CONSTRAINT topic_issue_withdrawal_once UNIQUE (issue_id);
ALTER TABLE topic_issue_withdrawal ADD CONSTRAINT topic_issue_withdrawal_issue FOREIGN KEY (issue_id) REFERENCES topic_pledge_issue (ID);
