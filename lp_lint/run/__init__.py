"""A run: settings and configuration files, discovery, the one-file pipeline, the batch,
baselines and comparisons. Built on reading and rules; knows no output format."""
