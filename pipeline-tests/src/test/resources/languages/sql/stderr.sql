CREATE TABLE input(a INTEGER, b INTEGER);
.separator " "
.import /dev/stdin input
.output /dev/stderr
SELECT 'debug';
.output
SELECT a + b FROM input;
