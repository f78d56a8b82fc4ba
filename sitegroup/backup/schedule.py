"""When a site's restore drill runs: a per-site cron schedule that keeps its tier's ``drill_every_days`` on
every calendar, and the longest gap between two of its runs (sitegroup.backup.status allows for it).

Pure arithmetic on the site id: the drill CronJob (sitegroup.k8s.backup) and the status check read the same
schedule. ``spread`` also staggers other per-site schedules (Velero's).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
from datetime import date, timedelta


def spread(site_id: str, salt: str, modulo: int) -> int:
    """A stable pseudo-random number per site, so 2,000 sites' drills do not all start at the same minute."""
    digest = hashlib.sha256(f"{salt}:{site_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % modulo


def _drill_candidates(site_id: str) -> list[str]:
    """Cron schedules for a site's drill, least frequent first; each at a per-site time between 01:00 and
    05:59 and, where cron allows, on a per-site day, so a province's drills do not all run on one night."""
    minute = spread(site_id, "minute", 60)
    hour = 1 + spread(site_id, "hour", 5)
    day = 1 + spread(site_id, "day", 28)
    at = f"{minute} {hour}"
    out = []
    for months in (12, 6, 4, 3, 2):  # steps that divide the year evenly: the same gap across New Year
        out.append(f"{at} {day} {1 + spread(site_id, 'month', months)}-12/{months} *")
    half = 1 + spread(site_id, "half-month", 14)
    out += [
        f"{at} {day} * *",  # monthly: up to 31 days apart
        f"{at} {half},{half + 14} * *",  # twice a month: up to 17 days apart
        f"{at} * * {spread(site_id, 'weekday', 7)}",  # weekly
    ]
    # Every n days from the 1st: the last run of a month is at most n days before the next month's 1st.
    out += [f"{at} 1-31/{n} * *" for n in (6, 5, 4, 3, 2)]
    out.append(f"{at} * * *")
    return out


def drill_schedule(site_id: str, every_days: int) -> str:
    """The least frequent cron schedule whose longest gap between two runs is at most ``every_days``: cron
    cannot say "every N days", and a tier's promise (等保: recorded restore tests at the stated interval) must
    hold on every calendar, so a 30-day tier drills twice a month (never 31 days apart) and a 90-day tier every
    two months (never 92)."""
    for expr in _drill_candidates(site_id):
        if _longest_gap_days(*expr.split()[2:]) <= max(1, every_days):
            return expr
    raise AssertionError("unreachable: a daily schedule has gaps of one day")


def _cron_field(value: int, field: str, first: int = 1) -> bool:
    """Whether ``value`` matches one cron field (``*``, ``N``, ``A-B``, with ``/STEP``, comma lists) whose
    smallest value is ``first``."""
    for part in field.split(","):
        base, _, step = part.partition("/")
        if base == "*":
            low, high = first, 10**6
        else:
            low_text, _, high_text = base.partition("-")
            low = int(low_text)
            high = int(high_text) if high_text else (10**6 if step else low)
        if low <= value <= high and (value - low) % int(step or 1) == 0:
            return True
    return False


def drill_longest_gap_days(site_id: str, every_days: int) -> int:
    """The longest wait, in days, between two runs of ``drill_schedule(site_id, every_days)``: never more
    than ``every_days`` (sitegroup.backup.status still reads it, so a schedule can only ever help)."""
    return _longest_gap_days(*drill_schedule(site_id, every_days).split()[2:])


# Every day of six years (leap days at every place in a year's cycle): (day of month, month, cron weekday).
_CALENDAR = [(d.day, d.month, (d.weekday() + 1) % 7)
             for d in (date(2023, 1, 1) + timedelta(days=n) for n in range(6 * 366))]


@functools.lru_cache(maxsize=4096)
def _longest_gap_days(dom: str, month: str, dow: str) -> int:
    """Walk the calendar day by day; each field is turned into the set of values it matches once."""
    days = {v for v in range(1, 32) if _cron_field(v, dom)}
    months = {v for v in range(1, 13) if _cron_field(v, month)}
    weekdays = {v for v in range(7) if _cron_field(v, dow, 0)}
    restricted = dom != "*" and dow != "*"  # cron: both day fields restricted means either one matches
    runs = [
        n for n, (d, m, w) in enumerate(_CALENDAR)
        if m in months and (((d in days) or (w in weekdays)) if restricted else (d in days and w in weekdays))
    ]
    return max(b - a for a, b in itertools.pairwise(runs))
