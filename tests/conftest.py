"""Shared by both environments: standard library only."""
