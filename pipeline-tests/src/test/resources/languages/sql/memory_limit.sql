-- ~1 GiB of random 1 MiB blobs stored in the in-memory database
CREATE TABLE t(b BLOB);
WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1024)
INSERT INTO t SELECT randomblob(1048576) FROM c;
SELECT count(*) FROM t;
