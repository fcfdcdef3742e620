-- The login throttle counts across the cluster: one row per login try admitted (login name as typed, client
-- address, time), inserted before the password is checked and deleted again when the try is refused, succeeds or
-- cannot be decided, or when it is older than the window. Indexes for the two counts: from an address, and for a
-- login from an address, each within the window. BIGSERIAL rather than SERIAL: refused tries of a flood use up ids
-- too, and a 32-bit sequence could run out.
CREATE TABLE login_try (ID BIGSERIAL NOT NULL, ADDRESS VARCHAR(64) NOT NULL, tried_at TIMESTAMP NOT NULL, USERNAME VARCHAR(64) NOT NULL, PRIMARY KEY (ID));
CREATE INDEX login_try_address ON login_try (address, tried_at);
CREATE INDEX login_try_login ON login_try (username, address, tried_at);
