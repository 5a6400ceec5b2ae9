"""The evaluation harness and the stack it runs on: `make eval`, `make bench`, `make load-test` and
the integration tests start the same real servers on free loopback ports (`stack.py`)."""
