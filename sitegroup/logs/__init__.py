"""The central log pipeline: retention policy, collector and gateway configuration, queries, digests, evidence.

docs/logging.md explains the design; ADR 0011-i16 why these engines.
"""
