"""Regulatory monitoring (运维监管): every serving site checked against the national inspection's veto items
(单项否决, 国办秘函〔2019〕19号). docs/monitoring.md maps each check to the indicator text."""
