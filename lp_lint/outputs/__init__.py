"""Outputs: the formats of `check`, the report pages, the `diff` view, safe text and safe files.
They read the report types (`lp_lint.reports`), never the pipeline."""
