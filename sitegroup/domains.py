"""Domain names of government sites: IDNA-valid, under .gov.cn or .政务, shaped as the rules ask.

国办函〔2018〕55号 and the 2024 《互联网政务应用安全管理规定》 allow only .gov.cn and .政务;
《政府网站发展指引》: portals are www.<x>.gov.cn, department sites a sub-domain of their portal.
"""

from __future__ import annotations

import idna

GOV_CN = ".gov.cn"
ZHENGWU = ".政务"
ZHENGWU_ACE = ".xn--zfr164b"  # IDNA A-label of 政务


def to_ascii(domain: str) -> str:
    """IDNA 2008 A-label form; raises ValueError with a readable reason."""
    if domain != domain.strip() or domain.endswith(".") or ".." in domain:
        raise ValueError("empty label, leading/trailing dot or space")
    try:
        ascii_name = idna.encode(domain, uts46=True, std3_rules=True, transitional=False).decode("ascii")
        round_trip = idna.decode(ascii_name)
    except idna.IDNAError as e:
        raise ValueError(str(e)) from e
    # UTS 46 silently drops or maps some characters (zero-width spaces, full-width letters): a name
    # that only looks like another must not pass as it. Case is the one mapping DNS itself ignores.
    if round_trip != domain.lower():
        raise ValueError("contains invisible or look-alike characters that change when normalised")
    return ascii_name


def is_government(ascii_domain: str) -> bool:
    return ascii_domain.endswith(GOV_CN) or ascii_domain.endswith(ZHENGWU_ACE)


def portal_key(ascii_domain: str) -> str | None:
    """'www.linhe.gov.cn' -> 'linhe.gov.cn' (the zone its departments live under); None if not www.<x>.gov.cn."""
    labels = ascii_domain.split(".")
    if labels[0] == "www" and ascii_domain.endswith(GOV_CN) and len(labels) >= 4:
        return ".".join(labels[1:])
    return None
