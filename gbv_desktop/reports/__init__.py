"""Figures for a period and the report files. No Qt."""
