"""Pieces every actor process uses: configuration, data-dir paths, logging."""
