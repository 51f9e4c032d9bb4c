"""Choosing visits: filters, merging several reports of one visit, stats, review."""

from diklat_cli.query.filters import SORT_FIELDS, Filters

__all__ = ["SORT_FIELDS", "Filters"]
