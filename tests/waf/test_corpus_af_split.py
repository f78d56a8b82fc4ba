"""Corpus AF (tests/waf/data/gen_cms_corpus_af.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_ae_split.py. Nothing here sends AF through the WAF: AF's
false-positive count is the lead's, after a tuning round on AF's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving services
would: DAP2 and DAP4 constraints whose hyperslabs lie inside their variables' shapes; ERDDAP queries whose times are
in order and whose station constraints name real stations; SensorThings queries that parse, closed WKT rings and
dataArray counts; SYNOP and TEMP of five-character groups in their order, METAR, SPECI and TAF of their formats;
CSV, MICAPS and SURF_CLI files with their missing-value rules; GRIB2 sections whose lengths add up, NetCDF classic
headers whose offsets reach the end, HDF5 superblocks with their end-of-file address, GeoTIFF IFDs; WMS tile
bboxes of real tiles; best tracks whose counts and grades hold; WRF namelists whose nests fit; Slurm tokens that
verify; scores that follow from their counts; SOS, WaterML and STAC requests with times in order inside 广东. Never
a WAF verdict.
"""

from __future__ import annotations

import ast
import base64
import csv
import hashlib
import hmac
import io
import json
import math
import re
import struct
import urllib.parse
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timedelta
from itertools import pairwise

from tests.waf.corpus_checks import (
    DOCX_TYPE,
    assert_headers_sent,
    assert_new_families,
    assert_regenerates,
    assert_sized,
    assert_sound_requests,
    assert_split_as_written,
    assert_uploads_decode,
    content_type,
    corpus_fixtures,
    earlier_generators,
    form_fields,
    header,
    json_body,
    media_types,
    of_family,
    query1,
    upload_fields,
    upload_files,
    upload_types,
    written_text,
    zip_names,
)
from tests.waf.data import gen_cms_corpus_ae as gen_ae
from tests.waf.data import gen_cms_corpus_af as gen_af

PINNED_HELD_OUT = (
    "cma-station-obs-files",
    "hydrology-sos-waterml",
    "wmo-gts-bulletins",
)  # written once from the docstring's rule: a change of family names would re-split
PINNED_HELD_GROUPS = {  # the (family, shape) groups of the other families the rule holds out (first byte % 4 == 0)
    ("climate-data-request", "apply-form"),
    ("climate-data-request", "snippet-comment"),
    ("climate-data-request", "variable-search"),
    ("eo-stac-catalog", "browser-page"),
    ("eo-stac-catalog", "collection-items"),
    ("eo-stac-catalog", "cql2-search"),
    ("eo-stac-catalog", "item-page"),
    ("erddap-data-server", "griddap-nc"),
    ("erddap-data-server", "search-json"),
    ("grib-netcdf-files", "file-index-page"),
    ("grib-netcdf-files", "grib2-upload"),
    ("grib-netcdf-files", "wget-mirror"),
    ("nwp-model-ops", "case-page"),
    ("nwp-model-ops", "domain-preview"),
    ("nwp-model-ops", "log-tail"),
    ("nwp-model-ops", "slurm-submit"),
    ("nwp-model-ops", "verification-push"),
    ("opendap-thredds", "access-form"),
    ("opendap-thredds", "catalog-xml"),
    ("opendap-thredds", "dap2-ascii"),
    ("opendap-thredds", "dap2-dods"),
    ("opendap-thredds", "ncss-grid"),
    ("radar-satellite-wmst", "wms-dim-getmap"),
    ("radar-satellite-wmst", "wms-time-getmap"),
    ("sensorthings-iot-api", "multidatastream-dataarray"),
    ("typhoon-marine-forecast", "best-track-upload"),
    ("typhoon-marine-forecast", "tide-table-upload"),
    ("typhoon-marine-forecast", "track-get"),
    ("typhoon-marine-forecast", "typhoon-list"),
    ("typhoon-marine-forecast", "typhoon-page"),
}

EARLIER = earlier_generators("ae")

corpus, reqs = corpus_fixtures(gen_af)

COMMON = {"application/pdf": ".pdf", DOCX_TYPE: ".docx"}
OTHER = {  # the uploads assert_uploads_decode does not know, and the extensions each is sent with
    "application/octet-stream": (".grib2",),
    "application/x-netcdf": (".nc",),
    "application/x-hdf5": (".nc4",),
    "image/tiff": (".tif",),
    "text/csv": (".csv",),
    "text/xml": (".xml",),
    "application/geo+json": (".geojson",),
    "text/plain": (".txt", ".TXT", ".000", "namelist.input", ".ctl"),
}
GD_BOX = ((109.6, 117.4), (20.0, 25.6))
Z = "%Y-%m-%dT%H:%M:%SZ"


def _z(text: str) -> datetime:
    return datetime.strptime(text, Z)


def _in_gd(lng: float | str, lat: float | str) -> bool:
    (x0, x1), (y0, y1) = GD_BOX
    return x0 <= float(lng) <= x1 and y0 <= float(lat) <= y1


def _box_ok(w: float | str, s: float | str, e: float | str, n: float | str) -> bool:
    """A (west, south, east, north) box of positive size inside 广东."""
    return float(w) < float(e) and float(s) < float(n) and _in_gd(w, s) and _in_gd(e, n)


def _query(rec: dict) -> str:
    return urllib.parse.unquote(urllib.parse.urlsplit(rec["path"]).query)


def _is_page(rec: dict) -> bool:
    return rec["method"] == "GET" and header(rec, "Accept").startswith("text/html")


# --- DAP, ERDDAP and OData as their servers parse them -------------------------------------------------------


def _grid_of(path: str) -> tuple[dict[str, int], list[str]]:
    """The dimension sizes and variables of the THREDDS dataset a path names."""
    rest = re.sub(r"^/thredds/(dodsC|dap4|ncss/grid)/", "", path)
    key = next(k for k in gen_af.GRIDS if rest.startswith(k))
    _pattern, dims, names = gen_af.GRIDS[key]
    return dims, names


def _dap2(rec: dict) -> list[tuple[str, list[tuple[int, int, int]]]]:
    """A DAP2 projection list: var[start:stride:stop]…, each inside its dimension, lat/lon the variable's."""
    dims, names = _grid_of(urllib.parse.urlsplit(rec["path"]).path)
    sizes = [dims["time"], dims["lat"], dims["lon"]]
    out = []
    for proj in _query(rec).split(","):
        m = re.fullmatch(r"(\w+)((?:\[\d+:\d+:\d+\])+)", proj)
        assert m, proj
        slabs = [tuple(map(int, s)) for s in re.findall(r"\[(\d+):(\d+):(\d+)\]", m.group(2))]
        out.append((m.group(1), slabs))
    for name, slabs in out:
        expected = sizes if name not in ("lat", "lon") else [dims[name]]
        assert len(slabs) == len(expected) and (name in names or name in ("lat", "lon")), name
        assert all(0 <= a <= b < n and st >= 1 for (a, st, b), n in zip(slabs, expected, strict=True))
    grid = [s for n, s in out if n not in ("lat", "lon")]
    assert grid and all(g == grid[0] for g in grid)
    assert dict(out)["lat"] == [grid[0][1]] and dict(out)["lon"] == [grid[0][2]]
    return out


def _erddap_parts(rec: dict) -> list[str]:
    return _query(rec).split("&")


def _erddap_times_ok(parts: list[str]) -> None:
    lo = [_z(p[len("time>=") :]) for p in parts if p.startswith("time>=") and "now" not in p]
    hi = [_z(p[len("time<=") :]) for p in parts if p.startswith("time<=")]
    assert len(lo) == len(hi) == 1 and lo[0] < hi[0], parts


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0 and text.count("'") % 2 == 0


def _ring(wkt: str) -> list[tuple[float, float]]:
    """The points of a WKT POLYGON's ring, which must be closed and lie in 广东."""
    m = re.fullmatch(r"POLYGON\(\(([^()]+)\)\)", wkt)
    assert m, wkt
    pts = [tuple(map(float, p.split())) for p in m.group(1).split(",")]
    assert len(pts) >= 4 and pts[0] == pts[-1] and all(_in_gd(x, y) for x, y in pts)
    return pts


# --- WMO codes ------------------------------------------------------------------------------------------------

METAR = re.compile(
    r"(METAR|SPECI) (Z[A-Z]{3}) (\d\d)(\d\d)(\d\d)Z (VRB\d\d|\d{3}\d\d(?:G\d\d)?)MPS "
    r"(CAVOK|\d{4}(?: [-+]?(?:TS|SH)?(?:RA|BR))?(?: (?:FEW|SCT|BKN|OVC)\d{3}(?:CB|TCU)?)+) "
    r"(\d\d)/(\d\d) Q(\d{4}) (NOSIG|BECMG TL\d{4} 9999 NSW|TEMPO TSRA BKN\d{3}CB)="
)


def _metar(text: str, kind: str) -> re.Match:
    m = METAR.fullmatch(text)
    assert m and m.group(1) == kind and m.group(2) in gen_af.AIRPORTS, text
    assert int(m.group(3)) <= 31 and int(m.group(4)) < 24 and int(m.group(5)) < 60
    assert int(m.group(8)) >= int(m.group(9)) and 950 <= int(m.group(10)) <= 1050
    if kind == "METAR":
        assert m.group(5) in ("00", "30")
    return m


def _synop(report: str) -> None:
    """One FM 12 report: five-character groups; 1, 2, 3, 4, 5, (6), 7, 8 in order; 6RRRtR exactly when iR = 1;
    the dew point not above the temperature."""
    assert report.endswith("=")
    groups = report[:-1].split()
    assert all(re.fullmatch(r"[0-9/]{5}", g) for g in groups), report
    assert groups[0] in gen_af.STATIONS and groups[1][0] in "13"
    inds = [g[0] for g in groups[3:]]
    assert inds == ["1", "2", "3", "4", "5", *(["6"] if groups[1][0] == "1" else []), "7", "8"], report

    def temp(g: str) -> float:
        return (-1 if g[1] == "1" else 1) * int(g[2:]) / 10

    assert temp(groups[4]) <= temp(groups[3])


def _ttt(g: str) -> float:
    """TTTa (the first three characters of a TTTaDD group): the tenths digit's parity gives the sign."""
    value = int(g[:3]) / 10
    return -value if int(g[2]) % 2 else value


# --- binary formats -------------------------------------------------------------------------------------------


def _grib2(data: bytes) -> list[dict]:
    """GRIB2 messages: 'GRIB', edition 2, the total length; sections 1, 3, 4, 5, 6, 7 whose lengths reach '7777';
    the grid's points in sections 3 and 5; its spacing spanning its corners; section 7 holding every packed value."""
    msgs, i = [], 0
    while i < len(data):
        assert data[i : i + 4] == b"GRIB" and data[i + 7] == 2
        (total,) = struct.unpack(">Q", data[i + 8 : i + 16])
        msg = data[i : i + total]
        assert msg.endswith(b"7777")
        j, secs = 16, {}
        while msg[j : j + 4] != b"7777":
            length, num = struct.unpack(">IB", msg[j : j + 5])
            secs[num] = msg[j : j + length]
            j += length
        assert j + 4 == total and sorted(secs) == [1, 3, 4, 5, 6, 7]
        npts = struct.unpack(">I", secs[3][6:10])[0]
        ni, nj = struct.unpack(">II", secs[3][30:38])
        la1, lo1 = struct.unpack(">ii", secs[3][46:54])
        la2, lo2, di, dj = struct.unpack(">iiII", secs[3][55:71])
        assert npts == ni * nj == struct.unpack(">I", secs[5][5:9])[0]
        assert lo2 - lo1 == (ni - 1) * di and la2 - la1 == (nj - 1) * dj
        bits = secs[5][19]
        assert len(secs[7]) == 5 + (npts * bits + 7) // 8
        year, month, day, hour = struct.unpack(">HBBB", secs[1][12:17])
        msgs.append({"time": datetime(year, month, day, hour), "cat": secs[4][9], "num": secs[4][10]})
        i += total
    return msgs


def _netcdf3(data: bytes) -> dict[str, int]:
    """A NetCDF classic header read as the library reads it: dims, a title, vars whose begin offsets follow one
    another and whose last one ends the file."""
    assert data[:4] == b"CDF\x01"
    pos = 8

    def u32() -> int:
        nonlocal pos
        (v,) = struct.unpack(">I", data[pos : pos + 4])
        pos += 4
        return v

    def name() -> str:
        nonlocal pos
        n = u32()
        text = data[pos : pos + n].decode()
        pos += n + (-n % 4)
        return text

    assert u32() == 0x0A
    dims = {name(): u32() for _ in range(u32())}
    assert u32() == 0x0C and u32() == 1 and name() == "title" and u32() == 2
    n = u32()
    pos += n + (-n % 4)
    assert u32() == 0x0B
    end = pos
    for _ in range(u32()):
        _v = name()
        ids = [u32() for _ in range(u32())]
        assert u32() == 0 and u32() == 0 and u32() == 5
        vsize, begin = u32(), u32()
        assert vsize == 4 * math.prod(list(dims.values())[i] for i in ids)
        end = begin + vsize
    assert end == len(data)
    return dims


def _hdf5(data: bytes) -> None:
    """An HDF5 superblock v0: signature, version 0, 8-byte offsets and lengths, the end-of-file address."""
    assert data[:8] == b"\x89HDF\r\n\x1a\n" and data[8] == 0 and data[13:15] == b"\x08\x08"
    (eof,) = struct.unpack("<Q", data[40:48])
    assert eof == len(data)


def _tiff(data: bytes) -> dict[int, int]:
    """A little-endian TIFF: its IFD's tags ascending, the strip inside the file and of width × height bytes; the
    GeoTIFF tags there."""
    assert data[:4] == b"II*\x00"
    (off,) = struct.unpack("<I", data[4:8])
    (count,) = struct.unpack("<H", data[off : off + 2])
    tags = {}
    for k in range(count):
        tag, typ, n, value = struct.unpack("<HHII", data[off + 2 + 12 * k : off + 14 + 12 * k])
        tags[tag] = value & 0xFFFF if typ == 3 and n == 1 else value
    assert list(tags) == sorted(tags) and {33550, 33922, 34735} <= set(tags)
    assert tags[273] + tags[279] == len(data) and tags[279] == tags[256] * tags[257]
    return tags


def _tile_of_bbox(bbox: str) -> tuple[int, int, int]:
    """The XYZ tile whose EPSG:3857 extent a bbox is."""
    x0, y0, x1, y1 = map(float, bbox.split(","))
    zf = math.log2(2 * gen_af.ORIGIN / (x1 - x0))
    z = round(zf)
    assert abs(zf - z) < 1e-6 and abs((y1 - y0) - (x1 - x0)) < 1e-3
    size = 2 * gen_af.ORIGIN / 2**z
    x, y = (x0 + gen_af.ORIGIN) / size, (gen_af.ORIGIN - y1) / size
    assert abs(x - round(x)) < 1e-6 and abs(y - round(y)) < 1e-6
    return z, round(x), round(y)


# --- namelists, tokens ----------------------------------------------------------------------------------------


def _namelist(text: str) -> dict[str, dict[str, list[str]]]:
    """Fortran namelist groups: &name … /, key = v1, v2, …"""
    groups: dict[str, dict[str, list[str]]] = {}
    cur = None
    for line in text.split("\n"):
        line = line.strip()
        if line.startswith("&"):
            cur = groups.setdefault(line[1:], {})
        elif line == "/":
            cur = None
        elif line:
            assert cur is not None, line
            key, _, values = line.partition("=")
            cur[key.strip()] = [v.strip() for v in values.strip().rstrip(",").split(",")]
    assert cur is None
    return groups


def _nests_fit(d: dict[str, list[str]]) -> None:
    """WRF's rule: a nest's (e_we - 1) and (e_sn - 1) divisible by its ratio, and the nest inside its parent."""
    e_we, e_sn = (list(map(int, d[k])) for k in ("e_we", "e_sn"))
    ratio = list(map(int, d["parent_grid_ratio"]))
    i0, j0 = (list(map(int, d[k])) for k in ("i_parent_start", "j_parent_start"))
    assert (e_we[1] - 1) % ratio[1] == 0 and (e_sn[1] - 1) % ratio[1] == 0
    assert i0[1] + (e_we[1] - 1) // ratio[1] < e_we[0] and j0[1] + (e_sn[1] - 1) // ratio[1] < e_sn[0]


def _jwt_claims(token: str, key: bytes) -> dict:
    head, body, sig = token.split(".")
    mac = hmac.new(key, f"{head}.{body}".encode(), hashlib.sha256).digest()
    assert base64.urlsafe_b64encode(mac).decode().rstrip("=") == sig
    assert json.loads(base64.urlsafe_b64decode(head + "==")) == {"alg": "HS256", "typ": "JWT"}
    return json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


def _names(expr: str) -> set[str]:
    tree = ast.parse(expr.strip(), mode="eval")
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}


def _csv_rows(raw: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def _other_uploads(rec: dict) -> bool:
    return content_type(rec).startswith("multipart/form-data") and any(t in OTHER for t in upload_types(rec))


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_af.TUNING_FILE, gen_af.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_af, (130, 143), min_requests=1500, min_families=11, min_shapes=10)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-AE: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_af, "corpus-af/", PINNED_HELD_OUT, earlier, parts=(845, 780))
    groups = {(r["family"], r["shape"]) for r in corpus[1] if r["family"] not in PINNED_HELD_OUT}
    assert groups == PINNED_HELD_GROUPS


def test_af_shares_no_family_with_a_to_ae(reqs: list[dict]) -> None:
    assert EARLIER[-1] is gen_ae
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to AF's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_af.check, gen_ae.SOURCES["edi-data-exchange"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page navigations (at least 200), axios and jQuery calls, the App and 微信, data clients (python-requests,
    netCDF-C, Siphon, erddapy, httr, curl, wget, GDAL, Java), the centres' own systems, uploads and beacons."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 950 and ctypes["application/json"] >= 240 and ctypes["multipart/form-data"] >= 200
    assert ctypes["application/x-www-form-urlencoded"] >= 39 and ctypes["text/plain"] >= 100
    for kind in ("application/geo+json", "application/xml", "text/csv"):
        assert ctypes[kind] >= 13, kind
    assert_headers_sent(
        reqs,
        (
            "X-Requested-With",
            "Authorization",
            "Cookie",
            "Origin",
            "Range",
            "If-Modified-Since",
            "X-WMO-Heading",
            "X-SLURM-USER-NAME",
            "X-SLURM-USER-TOKEN",
            "X-App-Id",
            "X-Data-Code",
        ),
    )
    assert sum(_is_page(r) for r in reqs) >= 250
    assert sum(header(r, "Sec-Fetch-Mode") == "navigate" for r in reqs) >= 180
    assert sum(header(r, "Sec-Fetch-Dest") == "image" for r in reqs) >= 60
    assert sum(header(r, "X-App-Id") == "zhitianqi" for r in reqs) >= 45
    assert sum("MicroMessenger" in header(r, "User-Agent") for r in reqs) >= 150
    uas = Counter(header(r, "User-Agent").split("/")[0].split(" (")[0] for r in reqs)
    for client in (
        "python-requests",
        "oc4.9.2",
        "Siphon",
        "python-httpx",
        "libcurl",
        "curl",
        "Wget",
        "GDAL",
        "Java",
        "Apache-HttpClient",
        "Go-http-client",
        "okhttp",
    ):
        assert uas[client] >= 13, client


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """PDFs and DOCX are what their type says; GRIB2, NetCDF, HDF5, GeoTIFF, CSV, XML, GeoJSON and text files carry
    their extensions and read back as their families' checks read them."""
    assert_uploads_decode([r for r in reqs if not _other_uploads(r)], 13, COMMON)
    kinds = Counter()
    for r in reqs:
        if _other_uploads(r):
            for p in upload_files(r):
                assert p["filename"].endswith(OTHER[p["type"]]), r["label"]
                kinds[p["type"]] += 1
    assert set(kinds) == set(OTHER) and all(n >= 13 for n in kinds.values())
    magic = {
        "application/octet-stream": b"GRIB",
        "application/x-netcdf": b"CDF\x01",
        "application/x-hdf5": b"\x89HDF\r\n\x1a\n",
        "image/tiff": b"II*\x00",
    }
    for r in reqs:
        if content_type(r).startswith("multipart/"):
            for p in upload_files(r):
                assert p["data"].startswith(magic.get(p["type"], b"")), r["label"]
                if p["type"] == DOCX_TYPE:
                    assert "word/document.xml" in zip_names(p["data"])


def test_text_is_real_text(reqs: list[dict]) -> None:
    """What the services carry: WMO codes, namelists, GrADS and ncdump text, formulas, code and Chinese."""
    bodies = written_text(reqs)
    marks = (
        "AAXX ",
        "TTAA ",
        "88999 77999=",
        "METAR Z",
        "SPECI Z",
        "TAF Z",
        "CAVOK",
        "NOSIG",
        "&share",
        "&geogrid",
        "max_dom",
        "#SBATCH --ntasks=",
        "netcdf gdwrf_d02_",
        "Td = T - ((100 - RH)/5)",
        "import xarray as xr",
        "gsn_csm_contour_map",
        "ncvar_get",
        "dataArray@iot.count",
        "s_intersects",
        "eo:cloud_cover",
        "om:phenomenonTime",
        "urn:gd:swj:",
        "999999",
        "缺测",
        "BABJ",
    )
    assert all(mark in bodies for mark in marks), [m for m in marks if m not in bodies]
    paths = "".join(r["path"] for r in reqs)
    for mark in (
        "$expand=",
        "$filter=",
        "geography'POLYGON((",
        "orderByMax",
        "distinct()",
        "(last)",
        ".dds",
        ".das",
        "dap4.ce=",
        "time>=",
        "TIME=",
        "ELEVATION=",
        "DIM_PRODUCT=",
        "temporalFilter=",
    ):
        assert mark in paths or urllib.parse.quote(mark, safe="") in paths, mark


# --- the families, checked the way their receiving servers would ------------------------------------


def test_opendap_thredds(reqs: list[dict]) -> None:
    """Dataset paths of the server's catalogue; DAP2 hyperslabs inside their variables' shapes with lat/lon the
    variable's; DAP4 slices likewise; NCSS boxes inside 广东 with times in order; point subsets at real stations."""
    f = "opendap-thredds"
    for shape, suffix in (("dap2-dds", ".dds"), ("dap2-das", ".das"), ("dap4-dmr", ".dmr.xml")):
        for r in of_family(reqs, f, shape):
            assert r["path"].endswith(".nc" + suffix) and _grid_of(r["path"])
    for shape in ("dap2-ascii", "dap2-dods"):
        for r in of_family(reqs, f, shape):
            _dap2(r)
    for r in of_family(reqs, f, "dap4-data"):
        dims, names = _grid_of(r["path"])
        ce = query1(r)["dap4.ce"].split(";")
        slabs = {}
        for part in ce:
            m = re.fullmatch(r"/(\w+)((?:\[\d+:\d+\])+)", part)
            assert m, part
            slabs[m.group(1)] = [tuple(map(int, s)) for s in re.findall(r"\[(\d+):(\d+)\]", m.group(2))]
        grid = [v for k, v in slabs.items() if k not in ("lat", "lon")]
        assert grid and all(k in names for k in slabs if k not in ("lat", "lon"))
        sizes = [dims["time"], dims["lat"], dims["lon"]]
        assert all(0 <= a <= b < n for g in grid for (a, b), n in zip(g, sizes, strict=True))
        assert slabs["lat"] == [grid[0][1]] and slabs["lon"] == [grid[0][2]]
    for r in of_family(reqs, f, "catalog-xml"):
        assert r["path"].endswith("/catalog.xml") and header(r, "User-Agent").startswith("Siphon")
    for r in of_family(reqs, f, "ncss-grid"):
        _dims, names = _grid_of(r["path"])
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(r["path"]).query)
        assert set(q["var"]) <= set(names) and q["accept"][0] in ("netcdf4", "netcdf3")
        assert _box_ok(q["west"][0], q["south"][0], q["east"][0], q["north"][0])
        assert _z(q["time_start"][0]) < _z(q["time_end"][0])
    for r in of_family(reqs, f, "ncss-point"):
        q = query1(r)
        assert (float(q["longitude"]), float(q["latitude"])) in {(s[1], s[2]) for s in gen_af.STATIONS.values()}
        assert _z(q["time_start"]) < _z(q["time_end"]) and q["var"] in _grid_of(r["path"])[1]
    for shape in ("catalog-page", "access-form"):
        assert all(_is_page(r) for r in of_family(reqs, f, shape))


def test_erddap_data_server(reqs: list[dict]) -> None:
    """tabledap queries of the dataset's variables with times in order and real stations; orderByMax over the
    station and time; distinct(); griddap ranges in order inside 广东; (last) graphs; now-Ndays; JSON searches."""
    f = "erddap-data-server"
    for shape in ("tabledap-csv", "tabledap-json", "tabledap-orderby"):
        for r in of_family(reqs, f, shape):
            ds = re.search(r"/tabledap/(\w+)\.", r["path"]).group(1)
            key, stations, names = gen_af.TABLES[ds]
            parts = _erddap_parts(r)
            cols = parts[0].split(",")
            assert cols[:2] == [key, "time"] and set(cols[2:]) <= set(names)
            _erddap_times_ok(parts)
            for p in parts[1:]:
                if p.startswith(f"{key}="):
                    assert p == f'{key}="{p[len(key) + 2 : -1]}"' and p[len(key) + 2 : -1] in stations
            if shape == "tabledap-orderby":
                assert parts[-1] == f'orderByMax("{key},time")'
    for r in of_family(reqs, f, "tabledap-distinct"):
        assert _erddap_parts(r)[-1] == "distinct()"
    for r in of_family(reqs, f, "griddap-nc"):
        ds = re.search(r"/griddap/(\w+)\.nc", r["path"]).group(1)
        for var, t0, t1, s, n, w, e in re.findall(
            r"(\w+)\[\(([^)]+)\):1:\(([^)]+)\)\]\[\(([\d.]+)\):1:\(([\d.]+)\)\]\[\(([\d.]+)\):1:\(([\d.]+)\)\]",
            _query(r),
        ):
            assert var in gen_af.ERD_GRIDS[ds] and _z(t0) < _z(t1) and _box_ok(w, s, e, n)
    for r in of_family(reqs, f, "griddap-png"):
        q = _query(r)
        m = re.match(r"(\w+)\[\(last\)\]\[\(([\d.]+)\):\(([\d.]+)\)\]\[\(([\d.]+)\):\(([\d.]+)\)\]&", q)
        assert m and _box_ok(m.group(4), m.group(2), m.group(5), m.group(3)) and "&.draw=surface" in q
        assert header(r, "Accept").startswith("image/")
    for r in of_family(reqs, f, "tabledap-graph"):
        parts = _erddap_parts(r)
        assert re.fullmatch(r"time>=now-\d+days", parts[2]) and ".draw=lines" in parts
        assert '"' not in r["path"] and ">" not in r["path"]  # a browser escapes them in a query
    for r in of_family(reqs, f, "info-json"):
        assert re.fullmatch(r"/erddap/info/\w+/index\.(json|csv)", r["path"])
    for r in of_family(reqs, f, "search-json"):
        assert query1(r)["searchFor"] and query1(r)["page"] == "1"
    for shape in ("data-form-page", "graph-page"):
        assert all(_is_page(r) for r in of_family(reqs, f, shape))


def test_sensorthings_iot_api(reqs: list[dict]) -> None:
    """OData options that parse (balanced parentheses and quotes, nested $expand), filters with times in order, closed
    rings in 广东, observations after their phenomena, dataArray counts, deep inserts in 广东 with PROPS' units."""
    f = "sensorthings-iot-api"
    for r in of_family(reqs, f, "things-expand"):
        q = query1(r)
        assert _balanced(q["$expand"]) and "$expand=Observations($top=1;$orderby=phenomenonTime desc)" in q["$expand"]
    for r in of_family(reqs, f, "observations-filter"):
        flt = query1(r)["$filter"]
        m = re.fullmatch(r"phenomenonTime ge (\S+) and phenomenonTime lt (\S+) and result gt [\d.]+", flt)
        assert m and _z(m.group(1)) < _z(m.group(2)) and re.search(r"/Datastreams\(\d+\)/Observations\?", r["path"])
    for r in of_family(reqs, f, "datastreams-count"):
        q = query1(r)
        m = re.fullmatch(r"ObservedProperty/name eq '([^']+)' and Thing/properties/adcd eq '44\d{4}'", q["$filter"])
        assert m and m.group(1) in gen_af.PROPS and q["$count"] == "true"
    for r in of_family(reqs, f, "locations-within"):
        flt = query1(r)["$filter"]
        m = re.fullmatch(r"st_within\(location,geography'(.+)'\)", flt)
        assert m and len(_ring(m.group(1))) == 5 and _balanced(query1(r)["$expand"])
    for r in of_family(reqs, f, "observation-post"):
        d = json_body(r)
        assert _z(d["phenomenonTime"]) <= _z(d["resultTime"]) and d["Datastream"]["@iot.id"] > 0
    for r in of_family(reqs, f, "create-observations"):
        for batch in json_body(r):
            rows = batch["dataArray"]
            assert batch["dataArray@iot.count"] == len(rows) and all(len(x) == len(batch["components"]) for x in rows)
            assert all(_z(a[0]) < _z(b[0]) for a, b in pairwise(rows))
    for r in of_family(reqs, f, "thing-deep-insert"):
        d = json_body(r)
        assert _in_gd(*d["Locations"][0]["location"]["coordinates"])
        for ds in d["Datastreams"]:
            p = ds["ObservedProperty"]["name"]
            assert ds["unitOfMeasurement"]["symbol"] == gen_af.PROPS[p][1] and ds["name"].endswith(p)
    for r in of_family(reqs, f, "multidatastream-dataarray"):
        assert query1(r)["$resultFormat"] == "dataArray" and header(r, "X-App-Id") == "zhitianqi"
    for r in of_family(reqs, f, "observed-properties"):
        assert query1(r)["$select"] == "@iot.id,name,definition"


def test_wmo_gts_bulletins(reqs: list[dict]) -> None:
    """SYNOP bulletins under their heading with AAXX of its day and hour; METAR on the half hour, SPECI with gusts;
    TAF validity of 24 or 30 hours holding TX, TN and BECMG; TEMP with its standard levels in order and colder
    aloft; WMO 386 envelopes; searches and decodes of real reports."""
    f = "wmo-gts-bulletins"
    for r in of_family(reqs, f, "synop-push"):
        lines = r["body"].split("\r\r\n")
        tt, cccc, when = lines[0].split()
        assert header(r, "X-WMO-Heading") == lines[0] and re.fullmatch(r"SMCI4[01]", tt) and cccc == "BCGZ"
        assert lines[1] == f"AAXX {when[:4]}1" and when[2:4] in ("00", "06", "12", "18") and lines[-1] == ""
        for report in lines[2:-1]:
            _synop(report)
    for shape, kind in (("metar-push", "METAR"), ("speci-push", "SPECI")):
        for r in of_family(reqs, f, shape):
            m = _metar(r["body"], kind)
            assert header(r, "X-WMO-Heading").endswith(m.group(3) + m.group(4) + m.group(5))
            assert ("G" in m.group(6)) == (kind == "SPECI")
    for r in of_family(reqs, f, "taf-push"):
        m = re.fullmatch(
            r"TAF (Z[A-Z]{3}) (\d{6})Z (\d{4})/(\d{4}) \d{5}MPS \d{4} SCT\d{3} TX(\d\d)/(\d{4})Z TN(\d\d)/(\d{4})Z "
            r"BECMG (\d{4})/(\d{4}) .+=",
            r["body"],
        )
        assert m and m.group(1) in gen_af.AIRPORTS and int(m.group(5)) > int(m.group(7))

        def hours(ddhh: str, base: str = m.group(3)) -> int:
            days = (int(ddhh[:2]) - int(base[:2])) % 31 if ddhh[:2] != base[:2] else 0
            return days * 24 + int(ddhh[2:]) - int(base[2:])

        span = hours(m.group(4))
        assert span in (24, 30) and all(
            0 <= hours(g) <= span for g in (m.group(6), m.group(8), m.group(9), m.group(10))
        )
        assert hours(m.group(10)) - hours(m.group(9)) == 2
    for r in of_family(reqs, f, "temp-push"):
        head, body, _e = r["body"].split("\r\r\n")
        groups = body[:-1].split()
        assert body.endswith("=") and all(re.fullmatch(r"[0-9/]{5}", g) for g in groups[1:])
        assert groups[0] == "TTAA" and groups[1][:4] == head.split()[2][:4] and groups[2] in gen_af.TEMP_STATIONS
        levels = groups[3:-2]
        assert len(levels) % 3 == 0 and groups[-2:] == ["88999", "77999"]
        inds = [levels[i][:2] for i in range(0, len(levels), 3)]
        assert inds == ["99", "00", "92", "85", "70", "50", "40", "30", "25", "20", "15", "10"]
        temps = [_ttt(levels[i + 1]) for i in range(3, len(levels), 3)]
        assert all(a >= b for a, b in pairwise(temps[2:])) and temps[-1] < 0 < temps[0]
        assert all(int(levels[i + 2][:3]) % 5 == 0 for i in range(0, len(levels), 3))
    for r in of_family(reqs, f, "gts-file-upload"):
        (p,) = upload_files(r)
        text = p["data"].decode("ascii")
        m = re.fullmatch(r"A_(\w{6})(\w{4})(\d{6})_C_BCGZ_(\d{14})\.txt", p["filename"])
        assert m and text.startswith("\x01\r\r\n") and text.endswith("\r\r\n\x03")
        lines = text[4:-1].split("\r\r\n")
        assert re.fullmatch(r"\d{3}", lines[0]) and lines[1] == f"{m.group(1)} {m.group(2)} {m.group(3)}"
        filed = datetime.strptime(m.group(4), "%Y%m%d%H%M%S")
        assert filed.strftime("%d%H") == m.group(3)[:4] and lines[2].startswith("AAXX ")
        for report in lines[3:-1]:
            _synop(report)
    for r in of_family(reqs, f, "bulletin-search"):
        q = query1(r)
        assert _z(q["from"]) < _z(q["to"]) and q["cccc"] == "BCGZ"
    for r in of_family(reqs, f, "metar-decode"):
        raw = query1(r)["raw"]
        _metar(raw, raw[:5])
        assert header(r, "X-App-Id") == "zhitianqi"
    for r in of_family(reqs, f, "synop-decode"):
        raw = json_body(r)["raw"]
        assert re.match(r"AAXX \d{4}1 ", raw)
        _synop(raw[len("AAXX 00001 ") :])
    assert all(_is_page(r) for r in of_family(reqs, f, "airport-page"))


def test_cma_station_obs_files(reqs: list[dict]) -> None:
    """Hourly CSV in CMA element codes, 999999 the only missing value; diamond 3 files whose station count is the
    header's; SURF_CLI lines of fixed widths whose 32766 values carry code 8 and whose min ≤ mean ≤ max; QC pushes
    whose 999999 goes with code 8; 缺测 spans and queries in order."""
    f = "cma-station-obs-files"

    def hourly_ok(rows: list[list[str]]) -> None:
        assert rows[0] == gen_af.HOURLY
        for row in rows[1:]:
            assert row[0] in gen_af.STATIONS and len(row) == len(gen_af.HOURLY)
            datetime(*map(int, row[1:5]))
            for name, value in zip(gen_af.HOURLY[5:], row[5:], strict=True):
                lo, hi = gen_af.ELEMENT_RANGES[name]
                assert value == "999999" or lo - 20 <= float(value) <= hi, (name, value)

    for r in of_family(reqs, f, "hourly-csv-upload"):
        (p,) = upload_files(r)
        hourly_ok(_csv_rows(p["data"]))
    for r in of_family(reqs, f, "hourly-csv-push"):
        hourly_ok(_csv_rows(r["body"].encode()))
    for r in of_family(reqs, f, "micaps-diamond3-upload"):
        (p,) = upload_files(r)
        lines = p["data"].decode().split("\r\n")[:-1]
        assert lines[0].startswith("diamond 3 ") and int(lines[1].split()[-1]) == len(lines) - 2
        for line in lines[2:]:
            sid, lng, lat, _alt, _v = line.split()
            assert sid in gen_af.STATIONS and _in_gd(lng, lat)
    widths = [5, 6, 7, 7, 5, 3, 3, 6, 6, 6, 6, 2, 2, 2, 2]
    for r in of_family(reqs, f, "cli-day-upload"):
        (p,) = upload_files(r)
        for line in p["data"].decode().split("\r\n")[:-1]:
            assert len(line) == sum(widths)
            cols = [int(line[sum(widths[:i]) : sum(widths[: i + 1])]) for i in range(len(widths))]
            avg, tmax, tmin, pre, *qc = cols[7:]
            assert str(cols[0]) in gen_af.STATIONS
            assert all((v == 32766) == (q == 8) for v, q in zip((avg, tmax, tmin, pre), qc, strict=True))
            if 32766 not in (avg, tmax, tmin):
                assert tmin <= avg <= tmax
            assert pre == 32700 or pre == 32766 or 0 <= pre < 3000
    for r in of_family(reqs, f, "station-meta-post"):
        d = json_body(r)
        assert gen_af.STATIONS[d["stationId"]][:3] == (d["name"], d["lon"], d["lat"])
    for r in of_family(reqs, f, "qc-flags-push"):
        for el in json_body(r)["elements"].values():
            assert (el["value"] == gen_af.MISSING) == (el["qc"] == 8) and el["qc"] in (0, 1, 2, 8, 9)
    for r in of_family(reqs, f, "missing-report"):
        d = form_fields(r)
        assert d["start"] < d["end"] and d["stationId"] in gen_af.STATIONS
    for r in of_family(reqs, f, "hourly-query"):
        q = query1(r)
        assert q["start"] < q["end"] and set(q["staIds"].split(",")) <= set(gen_af.STATIONS)
    assert all(_is_page(r) for r in of_family(reqs, f, "station-page"))


def test_grib_netcdf_files(reqs: list[dict]) -> None:
    """GRIB2 messages whose sections add up and whose run is the form's; NetCDF classic headers whose variables end
    the file; HDF5 superblocks whose end-of-file address is the file's size; ranges in order; filter boxes in 广东;
    sha256sum lines; ncdump headers that close."""
    f = "grib-netcdf-files"
    for r in of_family(reqs, f, "grib2-upload"):
        (p,) = upload_files(r)
        msgs = _grib2(p["data"])
        assert msgs and all(f"{m['time']:%Y%m%d%H}" == upload_fields(r)["run"] for m in msgs)
    for r in of_family(reqs, f, "netcdf3-upload"):
        (p,) = upload_files(r)
        assert set(_netcdf3(p["data"])) == {"time", "lat", "lon"}
    for r in of_family(reqs, f, "hdf5-upload"):
        (p,) = upload_files(r)
        _hdf5(p["data"])
    for r in of_family(reqs, f, "grib-idx-get"):
        assert r["path"].endswith(".grib2.idx")
    for r in of_family(reqs, f, "grib-range-get"):
        m = re.fullmatch(r"bytes=(\d+)-(\d+)", header(r, "Range"))
        assert m and int(m.group(1)) < int(m.group(2)) and r["path"].endswith(".grib2")
    for r in of_family(reqs, f, "grib-filter-cgi"):
        q = query1(r)
        assert _box_ok(q["leftlon"], q["bottomlat"], q["rightlon"], q["toplat"]) and q["subregion"] == ""
        assert q["dir"].startswith("/gdwrf.") and any(k.startswith("var_") for k in q)
    for r in of_family(reqs, f, "wget-mirror"):
        datetime.strptime(header(r, "If-Modified-Since"), "%a, %d %b %Y %H:%M:%S GMT")
        assert header(r, "User-Agent").startswith("Wget/")
    for r in of_family(reqs, f, "sha256-manifest"):
        assert all(re.fullmatch(r"[0-9a-f]{64}  gdwrf\.t00z\.f\d{3}\.grib2", x) for x in r["body"].split("\n")[:-1])
    for r in of_family(reqs, f, "ncdump-question"):
        dump = json_body(r)["ncdump"]
        assert dump.startswith("netcdf ") and dump.rstrip().endswith("}") and dump.count("{") == dump.count("}")
    assert all(_is_page(r) for r in of_family(reqs, f, "file-index-page"))


def test_radar_satellite_wmst(reqs: list[dict]) -> None:
    """WMS tiles whose bbox is an XYZ tile over 广东 at a 6-minute TIME; EPSG:4326 maps in lat/lon order with time
    intervals in order; XYZ tiles in range; COG ranges; GeoTIFFs whose IFD reads; frames, QPE and lightning in 广东."""
    f = "radar-satellite-wmst"
    for r in of_family(reqs, f, "wms-time-getmap"):
        q = query1(r)
        z, x, y = _tile_of_bbox(q["BBOX"])
        assert 0 <= x < 2**z and 0 <= y < 2**z and q["CRS"] == "EPSG:3857"
        t = datetime.strptime(q["TIME"], "%Y-%m-%dT%H:%M:%S.000Z")
        assert t.minute % 6 == 0 and q["ELEVATION"] and header(r, "Sec-Fetch-Dest") == "image"
    for r in of_family(reqs, f, "wms-dim-getmap"):
        q = query1(r)
        s, w, n, e = q["BBOX"].split(",")
        t0, t1 = q["TIME"].split("/")
        assert q["CRS"] == "EPSG:4326" and _box_ok(w, s, e, n) and _z(t0) < _z(t1) and q["DIM_PRODUCT"]
    for r in of_family(reqs, f, "wms-capabilities"):
        assert query1(r)["REQUEST"] == "GetCapabilities"
    for r in of_family(reqs, f, "xyz-radar-tile"):
        z, x, y = map(int, re.search(r"/(\d+)/(\d+)/(\d+)\.png", r["path"]).groups())
        west, east = (k / 2**z * 360 - 180 for k in (x, x + 1))
        north, south = (math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * k / 2**z)))) for k in (y, y + 1))
        (x0, x1), (y0, y1) = GD_BOX
        assert x < 2**z and y < 2**z and west <= x1 and east >= x0 and south <= y1 and north >= y0  # over 广东
        assert int(query1(r)["time"][-2:]) % 6 == 0
    for r in of_family(reqs, f, "cog-range"):
        m = re.fullmatch(r"bytes=(\d+)-(\d+)", header(r, "Range"))
        assert m and int(m.group(1)) < int(m.group(2)) and header(r, "User-Agent").startswith("GDAL/")
        assert re.search(r"_(\d{14})_(\d{14})_4000M_V0001\.tif$", r["path"])
    for r in of_family(reqs, f, "geotiff-upload"):
        (p,) = upload_files(r)
        tags = _tiff(p["data"])
        assert tags[258] == 8 and p["filename"].startswith("Z_RADR_I_")
    for r in of_family(reqs, f, "frame-list"):
        q = query1(r)
        assert q["start"] < q["end"] and q["interval"] == "6"
    for r in of_family(reqs, f, "qpe-point"):
        q = query1(r)
        assert _in_gd(q["lon"], q["lat"])
    for r in of_family(reqs, f, "lightning-query"):
        d = json_body(r)
        assert _box_ok(*d["bbox"]) and _z(d["start"]) < _z(d["end"]) and set(d["type"]) <= {"CG", "IC"}
    assert all(_is_page(r) for r in of_family(reqs, f, "radar-page"))


def test_typhoon_marine_forecast(reqs: list[dict]) -> None:
    """Forecast tracks at 12 h with grades by GB/T 19201 and 10-级 radii inside the 7-级 ones; best tracks whose
    header counts their 6-hourly lines and whose categories follow the winds; tide tables alternating high and low
    about 6 h 12 min apart; 风暴潮 totals and levels that follow from the warning tide levels."""
    f = "typhoon-marine-forecast"
    for r in of_family(reqs, f, "forecast-push"):
        d = json_body(r)
        times = [_z(p["time"]) for p in d["points"]]
        assert (
            all(b - a == timedelta(hours=12) for a, b in pairwise(times)) and d["issueTime"] == d["points"][0]["time"]
        )
        for p in d["points"]:
            assert p["grade"] == gen_af.grade_of(p["wind"])[1]
            assert all(p["radius10"][q] <= p["radius7"][q] for q in ("ne", "se", "sw", "nw"))
            assert (p["wind"] >= 24.5) == any(p["radius10"].values())
    for r in of_family(reqs, f, "best-track-upload"):
        (p,) = upload_files(r)
        lines = p["data"].decode().split("\n")[:-1]
        head = lines[0].split()
        assert head[0] == "66666" and int(head[2]) == len(lines) - 1 and head[1] == head[4] and head[6] == "6"
        times = []
        for line in lines[1:]:
            when, cat, lat, lon, pres, wind = line.split()
            times.append(datetime.strptime(when, "%Y%m%d%H"))
            assert int(cat) == gen_af.grade_of(int(wind))[0] and 900 < int(pres) <= 1010
            assert 100 <= int(lat) <= 300 and 1000 <= int(lon) <= 1400
        assert all(b - a == timedelta(hours=6) for a, b in pairwise(times))
    for r in of_family(reqs, f, "distance-query"):
        q = query1(r)
        assert (float(q["lon"]), float(q["lat"])) in {(s[1], s[2]) for s in gen_af.STATIONS.values()}
    for r in of_family(reqs, f, "tide-query"):
        q = query1(r)
        assert gen_af.TIDE_STATIONS[q["station"]] == q["code"]
    for r in of_family(reqs, f, "tide-table-upload"):
        (p,) = upload_files(r)
        rows = _csv_rows(p["data"])
        assert rows[0] == ["站名", "站码", "时间", "潮高(cm)", "潮型"]
        for a, b in pairwise(rows[1:]):
            gap = datetime.strptime(b[2], "%Y-%m-%d %H:%M") - datetime.strptime(a[2], "%Y-%m-%d %H:%M")
            if a[2][:10] == b[2][:10]:
                assert a[4] != b[4] and timedelta(minutes=345) <= gap <= timedelta(minutes=400)
        assert all((x[4] == "高潮") == (int(x[3]) >= 180) for x in rows[1:])
    for r in of_family(reqs, f, "wave-forecast"):
        assert query1(r)["hours"] in ("24", "48", "72")
    for r in of_family(reqs, f, "surge-warning-push"):
        d = json_body(r)
        levels = gen_af.SURGE_LEVELS
        for s in d["stations"]:
            warn = [s["warn"][k] for k in levels]
            reached = [k for k, v in zip(levels, warn, strict=True) if s["total"] >= v]
            assert s["total"] == s["astro"] + s["surge"] and warn == sorted(warn)
            assert s["level"] == (reached[-1] if reached else "")
        got = [s["level"] for s in d["stations"] if s["level"]]
        assert d["level"] == (max(got, key=levels.index) if got else "")
    for shape in ("typhoon-page", "marine-page"):
        assert all(_is_page(r) for r in of_family(reqs, f, shape))


def test_climate_data_request(reqs: list[dict]) -> None:
    """Requests of real element codes and stations with spans in order and formulas that parse; formula checks whose
    symbols are all mapped; Python snippets that compile, others with balanced brackets; PDF and DOCX attachments."""
    f = "climate-data-request"
    for r in of_family(reqs, f, "apply-form"):
        d = form_fields(r)
        assert set(d["elements"].split(",")) <= set(gen_af.ELEMENTS) and d["start"] < d["end"]
        lhs, _, rhs = d["derived"].partition(" = ")
        assert lhs.isidentifier() and _names(rhs) <= set(gen_af.VAR_CODES) | {"exp", "max"}
    for r in of_family(reqs, f, "formula-check"):
        d = json_body(r)
        _lhs, _, rhs = d["expr"].partition(" = ")
        assert _names(rhs) - {"exp", "max"} == set(d["vars"]) and all(
            gen_af.VAR_CODES[k] == v for k, v in d["vars"].items()
        )
    for r in of_family(reqs, f, "snippet-comment"):
        d = json_body(r)
        code = gen_af.SNIPPETS[d["lang"]]
        assert d["text"].endswith(code)
        if d["lang"] == "python":
            ast.parse(code)
        assert all(code.count(a) == code.count(b) for a, b in ("()", "[]"))
    for r in of_family(reqs, f, "letter-upload"):
        assert upload_types(r) == ["application/pdf", DOCX_TYPE]
    for r in of_family(reqs, f, "citation"):
        assert re.fullmatch(r"10\.\d{4,9}/\S+", query1(r)["doi"])
    for r in of_family(reqs, f, "station-picker"):
        assert _box_ok(*query1(r)["bbox"].split(","))
    for r in of_family(reqs, f, "agreement-sign"):
        assert form_fields(r)["agree"] == "1"
    assert all(_is_page(r) for r in of_family(reqs, f, "portal-page"))


def test_nwp_model_ops(reqs: list[dict]) -> None:
    """namelist.input whose end is start + run_hours, whose max_dom columns and nests fit; namelist.wps likewise;
    slurmrestd submissions whose HS256 token verifies for the named user and whose script asks for the tasks; GrADS
    descriptors whose VARS counts its variables; tasks in time order; TS and ETS that follow from the counts."""
    f = "nwp-model-ops"
    for r in of_family(reqs, f, "namelist-upload"):
        (p,) = upload_files(r)
        g = _namelist(p["data"].decode())
        tc, dom = g["time_control"], g["domains"]
        start, end = (
            datetime(*(int(tc[f"{w}_{k}"][0]) for k in ("year", "month", "day", "hour"))) for w in ("start", "end")
        )
        assert (
            end - start == timedelta(hours=int(tc["run_hours"][0]))
            and upload_fields(r)["case"] == f"gd{start:%Y%m%d%H}"
        )
        assert len(dom["e_we"]) == len(dom["e_sn"]) == int(dom["max_dom"][0]) == 2
        _nests_fit(dom)
    for r in of_family(reqs, f, "namelist-wps-post"):
        g = _namelist(r["body"])
        start, end = (
            datetime.strptime(g["share"][k][0].strip("'"), "%Y-%m-%d_%H:%M:%S") for k in ("start_date", "end_date")
        )
        assert start < end and r["path"] == f"/nwp/api/cases/gd{start:%Y%m%d%H}/wps"
        _nests_fit(g["geogrid"])
    for shape in ("slurm-submit", "slurm-jobs"):
        for r in of_family(reqs, f, shape):
            claims = _jwt_claims(header(r, "X-SLURM-USER-TOKEN"), gen_af.SLURM_KEY)
            assert claims["sun"] == header(r, "X-SLURM-USER-NAME") and claims["exp"] > claims["iat"]
    for r in of_family(reqs, f, "slurm-submit"):
        job = json_body(r)["job"]
        script = job["script"]
        assert script.startswith("#!/bin/bash\n") and f"#SBATCH --ntasks={job['tasks']}\n" in script
        assert f"#SBATCH --nodes={job['nodes']}\n" in script and all("=" in e for e in job["environment"])
    for r in of_family(reqs, f, "grads-ctl-upload"):
        (p,) = upload_files(r)
        lines = p["data"].decode().split("\n")[:-1]
        nvars = int(next(x for x in lines if x.startswith("VARS ")).split()[1])
        i = next(k for k, x in enumerate(lines) if x.startswith("VARS "))
        assert lines[-1] == "ENDVARS" and len(lines) - i - 2 == nvars
        assert re.fullmatch(
            r"TDEF \d+ LINEAR \d\dZ\d\d[A-Z]{3}\d{4} 1hr", next(x for x in lines if x.startswith("TDEF"))
        )
    for r in of_family(reqs, f, "run-status-push"):
        tasks = json_body(r)["tasks"]
        times = [_z(x) for t in tasks for x in (t["start"], t["end"]) if x]
        assert times == sorted(times) and all(t["state"] == "complete" for t in tasks[:-1])
    for r in of_family(reqs, f, "verification-push"):
        for s in json_body(r)["scores"]:
            h, m, fa, cn = s["hits"], s["misses"], s["falseAlarms"], s["correctNegatives"]
            rnd = (h + m) * (h + fa) / (h + m + fa + cn)
            assert s["ts"] == round(h / (h + m + fa), 4) and s["ets"] == round((h - rnd) / (h + m + fa - rnd), 4)
    for r in of_family(reqs, f, "log-tail"):
        assert query1(r)["file"] in ("rsl.error.0000", "rsl.out.0000", "real.log")
    for r in of_family(reqs, f, "domain-preview"):
        q = query1(r)
        assert _in_gd(q["ref_lon"], q["ref_lat"]) and float(q["truelat1"]) < float(q["truelat2"])
    assert all(_is_page(r) for r in of_family(reqs, f, "case-page"))


def test_hydrology_sos_waterml(reqs: list[dict]) -> None:
    """SOS 2.0 KVP with real offerings and temporal filters in order; spatial filters in 广东 (lat, lon order);
    JSON requests likewise; InsertObservation XML that parses with its property's unit; WaterML 2.0 whose points are
    in time order between the period's ends; rating curves rising; timespans in order."""
    f = "hydrology-sos-waterml"
    ns = {
        "wml2": "http://www.opengis.net/waterml/2.0",
        "gml": "http://www.opengis.net/gml/3.2",
        "om": "http://www.opengis.net/om/2.0",
        "sos": "http://www.opengis.net/sos/2.0",
    }
    for r in of_family(reqs, f, "sos-capabilities"):
        assert query1(r)["request"] == "GetCapabilities" and query1(r)["service"] == "SOS"
    for r in of_family(reqs, f, "sos-getobservation"):
        q = query1(r)
        assert q["offering"].rsplit(":", 1)[1] in gen_af.HYDRO
        ref, period = q["temporalFilter"].split(",")
        t0, t1 = period.split("/")
        assert ref == "om:phenomenonTime" and _z(t0) < _z(t1)
    for r in of_family(reqs, f, "sos-describesensor"):
        assert query1(r)["procedure"].rsplit(":", 1)[1] in gen_af.HYDRO
    for r in of_family(reqs, f, "sos-getfoi"):
        _ref, s, w, n, e, crs = query1(r)["spatialFilter"].split(",")
        assert _box_ok(w, s, e, n) and crs.endswith("/EPSG/0/4326")
    for r in of_family(reqs, f, "sos-json-binding"):
        d = json_body(r)
        t0, t1 = d["temporalFilter"][0]["during"]["value"]
        assert _z(t0) < _z(t1) and all(p.rsplit(":", 1)[1] in gen_af.HYDRO for p in d["procedure"])
    for r in of_family(reqs, f, "insert-observation"):
        root = ET.fromstring(r["body"].encode())  # noqa: S314 - the generator's own records
        res = root.find(".//om:result", ns)
        prop = root.find(".//om:observedProperty", ns).get("{http://www.w3.org/1999/xlink}href").rsplit(":", 1)[1]
        assert res.get("uom") == gen_af.SOS_PROPS[prop] and float(res.text) > 0
    for r in of_family(reqs, f, "waterml-upload"):
        (p,) = upload_files(r)
        root = ET.fromstring(p["data"])  # noqa: S314
        times = [_z(x.text) for x in root.iter("{http://www.opengis.net/waterml/2.0}time")]
        begin = root.find(".//gml:beginPosition", ns).text
        end = root.find(".//gml:endPosition", ns).text
        assert (
            times == sorted(times) and len(set(times)) == len(times) and (begin, end) == (zt(times[0]), zt(times[-1]))
        )
    for r in of_family(reqs, f, "rating-curve-upload"):
        (p,) = upload_files(r)
        rows = [(float(a), float(b)) for a, b in _csv_rows(p["data"])[1:]]
        assert all(a[0] < b[0] and a[1] < b[1] for a, b in pairwise(rows))
    for r in of_family(reqs, f, "timeseries-getdata"):
        t0, t1 = query1(r)["timespan"].split("/")
        assert _z(t0) < _z(t1)
    assert all(_is_page(r) for r in of_family(reqs, f, "hydrograph-page"))


def zt(d: datetime) -> str:
    return d.strftime(Z)


def test_eo_stac_catalog(reqs: list[dict]) -> None:
    """Item searches with bboxes in 广东 and datetime intervals in order; CQL2-JSON that names real properties over a
    closed polygon; ingested items whose bbox is their geometry's extent; AOI uploads of closed rings."""
    f = "eo-stac-catalog"

    def interval_ok(text: str) -> None:
        t0, t1 = text.split("/")
        assert _z(t0) < _z(t1)

    def polygon_ok(geom: dict) -> None:
        ring = geom["coordinates"][0]
        assert geom["type"] == "Polygon" and ring[0] == ring[-1] and all(_in_gd(*p) for p in ring)

    for shape in ("collection-items", "search-get"):
        for r in of_family(reqs, f, shape):
            q = query1(r)
            assert _box_ok(*q["bbox"].split(","))
            interval_ok(q["datetime"])
    for r in of_family(reqs, f, "item-get"):
        coll, iid = re.fullmatch(r"/stac/v1/collections/([\w-]+)/items/(\S+)", r["path"]).groups()
        assert coll in gen_af.COLLECTIONS and iid
    for r in of_family(reqs, f, "search-post"):
        d = json_body(r)
        assert _box_ok(*d["bbox"]) and set(d["collections"]) <= set(gen_af.COLLECTIONS)
        interval_ok(d["datetime"])
    for r in of_family(reqs, f, "cql2-search"):
        d = json_body(r)
        ops = d["filter"]["args"]
        assert d["filter-lang"] == "cql2-json" and [o["op"] for o in ops] == ["<=", "s_intersects", "t_intersects"]
        polygon_ok(ops[1]["args"][1])
        interval_ok("/".join(ops[2]["args"][1]["interval"]))
    for r in of_family(reqs, f, "item-ingest"):
        d = json_body(r)
        polygon_ok(d["geometry"])
        xs, ys = zip(*d["geometry"]["coordinates"][0], strict=True)
        assert d["bbox"] == [min(xs), min(ys), max(xs), max(ys)] and r["path"].endswith(f"/{d['collection']}/items")
    for r in of_family(reqs, f, "aoi-upload"):
        (p,) = upload_files(r)
        for feat in json.loads(p["data"])["features"]:
            polygon_ok(feat["geometry"])
    for r in of_family(reqs, f, "order-request"):
        d = json_body(r)
        assert d["items"] and re.fullmatch(r"1\d{10}", d["contact"])
    for shape in ("browser-page", "item-page"):
        assert all(_is_page(r) for r in of_family(reqs, f, shape))


def test_the_sizes_are_even(reqs: list[dict]) -> None:
    """Every (family, shape) group has N requests: the group rule weighs groups alike."""
    assert set(Counter((r["family"], r["shape"]) for r in reqs).values()) == {gen_af.N}


def test_bodies_are_json_where_they_say_so(reqs: list[dict]) -> None:
    """Every JSON body parses (the record check does it too; GeoJSON bodies as well)."""
    assert all(json.loads(r["body"]) is not None for r in reqs if "json" in content_type(r))
