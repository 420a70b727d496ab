"""One module per `pmo` command. Each defines a click command named ``command``."""
