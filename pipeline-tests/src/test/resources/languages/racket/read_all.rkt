#lang racket/base
(displayln (for/sum ([x (in-port read)]) x))
