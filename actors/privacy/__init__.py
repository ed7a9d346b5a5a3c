"""The privacy actor."""
