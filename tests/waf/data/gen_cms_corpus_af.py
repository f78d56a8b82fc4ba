"""Generate corpus AF: a THIRTY-SECOND set of ordinary requests to Chinese government sites, independent of A-Z and AA-AE.

    python tests/waf/data/gen_cms_corpus_af.py   # writes cms_af_tuning.jsonl and cms_af_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and AF
measures the WAF's false positives on traffic no tuning round has seen. Corpus AF is one 汛期 (June-September 2027) of
the province's EARTH-SCIENCE AND EARLY-WARNING DATA SERVICES on the provincial cloud (广东省 as the model: 气象局 data
sharing, 水文 and 水资源, 海洋 预报, 自然资源 卫星 遥感 and the 数值 预报 centre), as forecasters, hydrologists,
researchers, 气象 enthusiasts, partner agencies, downstream apps and the services' own back ends use them: data-client
traffic, written as the real services receive it. None of A-Z or AA-AE has these kinds (O's met-data-share is
data.cma.cn's interfaceId API; P's seismic-fdsn is FDSN; I's cap-alert and iot-telemetry carry CAP and SL 651; L's
water-resources is 水情 by 测站编码; G's geoserver-ogc is WMS/WFS with CQL; F's weather-aqi is weather pages, AQI and
radar images by file name; AF has none of their shapes): OPeNDAP and THREDDS (DAP2 .dds/.das/.ascii/.dods with
hyperslab constraints inside the variables' shapes, DAP4 dap4.ce, catalog.xml, NCSS grid and point subsets); ERDDAP
tabledap and griddap (constraints like time>= with times in order, station="…", orderByMax, distinct(), (last), .png
graphs with .draw, raw and percent-encoded as each client sends them); OGC SensorThings API 1.1 ($filter, nested
$expand with $top and $orderby, $count, st_within over closed rings, Observations and dataArray batches); WMO
bulletins (SYNOP AAXX with five-character groups, METAR/SPECI and TAF for the province's airports, TEMP TTAA with its
standard levels, abbreviated headings, WMO 386 envelopes); station observation files (CSV in CMA element codes with
999999 for missing, MICAPS diamond 3, SURF_CLI-style daily files with 32766 and 32700, QC flags); GRIB2, NetCDF and
HDF5 files (uploads whose sections, headers and lengths are real, .idx inventories and the byte ranges clients read,
filter CGIs, ncdump headers pasted in questions); radar and satellite imagery (WMS GetMap with TIME, ELEVATION and
DIM_, XYZ tiles with times, COG range reads, GeoTIFF uploads with GeoKeys); 台风 and 海洋 预报 (CMA best-track text,
forecast tracks with wind radii, tide tables, 风暴潮 levels); the researchers' 资料 申请 portal (variable lists,
formulas like Td = T - ((100 - RH)/5), Python, NCL and R snippets); 数值 预报 operations (WRF namelists whose nests
fit, GrADS descriptors, slurmrestd job submissions with HS256 tokens, TS/ETS scores); OGC SOS 2.0 and WaterML 2.0 for
水文 time series; and the 遥感 STAC API (item search with bbox, datetime intervals, query and CQL2-JSON filters).
Desktop browsers, 微信 内置 浏览器, the 知天气-like App, python-requests, netCDF-C, Siphon, erddapy, R httr, curl,
wget, GDAL, Java clients and the centres' own systems send them. Station, dataset, buoy, typhoon, item and job
identifiers are this generator's tables, not published ones. ``SOURCES`` names the public material each family's
URLs, parameters, headers and bodies follow; values are generated deterministically (``SEED``); HOST is a placeholder
the evaluation replaces. Where the receiving services check something (DAP constraint syntax and index ranges, ERDDAP
time order, OData syntax and closed rings, SYNOP/TEMP groups, METAR and TAF formats, GRIB2 section lengths, NetCDF
and HDF5 headers, TIFF IFDs, best-track counts, namelist nests, JWT signatures, scores that follow from their counts,
XML that parses, dates in order, upload magic bytes) the generator does it for real, so the fast tests can check the
requests the way the receiving servers would. Nothing here is an attack: every value is what the real service
receives.

Each request is one JSONL record as in corpora A-Z and AA-AE (method, path, headers, body or body_b64) tagged with
its ``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-af/", decided and written down here before the corpus
was generated and before anything was evaluated (no WAF result on AF was seen by its author; docs/waf.md, held-out
discipline): the three families whose sha256("corpus-af/<family>") hex digests sort first are held out whole, and no
tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-af/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made once;
never re-split, edited or regenerated to pass.
"""  # noqa: E501 - the series' first line (independent of A-Z and AA-AE) is one line

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import struct
import sys
import urllib.parse
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_ae as corpus_ae
from tests.waf.data.corpus_kit import (
    SITE,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_e import JSON_CT, axios, form, jq, qs, uri  # E's
from tests.waf.data.gen_cms_corpus_f import pdf_head  # F's
from tests.waf.data.gen_cms_corpus_l import app_headers  # L's
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx, upload, web  # M's
from tests.waf.data.gen_cms_corpus_p import csv_text  # P's
from tests.waf.data.gen_cms_corpus_q import jq_form  # Q's
from tests.waf.data.gen_cms_corpus_r import page  # R's
from tests.waf.data.gen_cms_corpus_s import wx_h5  # S's
from tests.waf.data.gen_cms_corpus_w import authed, js_doc  # W's
from tests.waf.data.gen_cms_corpus_z import beacons, navigations  # Z's

TUNING_FILE, HELD_OUT_FILE = part_files("af")
SEED = 20310221
SALT = "corpus-af/"

SOURCES = {
    "opendap-thredds": "OPeNDAP DAP 2.0 (RFC-style ESE-RFC-004: .dds, .das, .ascii, .dods, .html access form; "
    "constraint expressions var[start:stride:stop] with comma-separated projections), DAP 4.0 (.dmr.xml, .dap with "
    "dap4.ce=/var[a:b];/lat), Unidata THREDDS Data Server 5 (catalog.xml and catalog.html, NetCDF Subset Service "
    "grid and grid-as-point: var, north/south/east/west, horizStride, time_start/time_end, latitude/longitude, "
    "accept=netcdf4|csv) as netCDF-C (oc), pydap, Siphon, Panoply/IDV and browsers send them",
    "erddap-data-server": "ERDDAP (NOAA/NMFS) tabledap and griddap URL syntax: .csv/.json/.nc/.png file types, "
    'variable lists, constraints time>=/time<= in ISO 8601 Z, station="…" string constraints, now-7days, '
    'orderByMax("station,time"), distinct(), griddap [(start):stride:(stop)] and (last), .draw/.vars/.colorBar '
    "graph parameters, /info/<id>/index.json and /search/index.json, as curl, R rerddap/httr, erddapy and the Data "
    "Access Form (percent-encoded) send them: 浮标 and 自动站 tables, SST and WRF grids",
    "sensorthings-iot-api": "OGC SensorThings API Part 1: Sensing 1.1 (Things, Locations, Datastreams, "
    "MultiDatastreams, Sensors, ObservedProperties, Observations, FeaturesOfInterest; $filter with ge/gt/lt/and, "
    "st_within(location, geography'POLYGON((…))'), $expand with nested ;-separated $select/$top/$orderby, $count, "
    "$resultFormat=dataArray, deep insert, CreateObservations dataArray@iot.count) as FROST-Server hosts them for "
    "自动 气象站 and 水位 sensors: dashboards, python clients and station gateways",
    "wmo-gts-bulletins": "WMO-No. 306 Manual on Codes Vol. I.1 (FM 12 SYNOP AAXX with iRixhVV, Nddff, 1snTTT, "
    "2snTdTdTd, 3PoPoPoPo, 4PPPP, 5appp, 6RRRtR, 7wwW1W2, 8NhCLCMCH; FM 15 METAR / FM 16 SPECI in MPS with CAVOK, "
    "NOSIG, BECMG, TEMPO; FM 51 TAF with validity DDHH/DDHH, TX/TN; FM 35 TEMP TTAA with standard isobaric levels), "
    "WMO-No. 386 Manual on the GTS (abbreviated headings TTAAii CCCC YYGGgg, SOH/ETX envelopes, file naming A_), "
    "中国民航 《民用航空气象地面观测规范》 and the province's 报文 交换 system: pushes, uploads, 检索, 解码, pages",
    "cma-station-obs-files": "中国气象局 地面 气象 观测 数据 element codes (Station_Id_C, PRS, TEM, RHU, PRE_1h, "
    "WIN_D_Avg_2mi, WIN_S_Avg_2mi; 999999 for missing), 质量 控制 码 (0 正确, 1 可疑, 2 错误, 8 缺测, 9 未 质控), "
    "MICAPS 第 3 类 (diamond 3) 数据 格式, 中国 地面 气候 资料 日值 数据集 V3.0 (SURF_CLI_CHN_MUL_DAY: 0.1 "
    "units, 32766 missing, 32700 微量) and 台站 档案 as 省 信息 中心 and 市 县 台站 use them: CSV uploads "
    "and pushes, diamond 3 and daily files, 台站 档案, 质控 pushes, 缺测 说明, queries, 台站 pages",
    "grib-netcdf-files": "WMO FM 92 GRIB edition 2 (sections 0-8, 'GRIB' … '7777', templates 3.0, 4.0, 5.0), "
    "NetCDF classic format (CDF\\x01 header: dim_list, gatt_list, var_list, begin offsets), HDF5 superblock v0 "
    "(\\x89HDF signature, end-of-file address), NOAA NOMADS grib filter CGI and wgrib2 .idx inventories with HTTP "
    "Range (RFC 9110) reads as Herbie/cfgrib users, wget and curl send them; ncdump -h output pasted in questions; "
    "sha256sum manifests",
    "radar-satellite-wmst": "OGC WMS 1.3.0 (GetCapabilities, GetMap with TIME, ELEVATION and DIM_ sample dimensions, "
    "EPSG:4326 lat/lon axis order, EPSG:3857 tile bboxes), Leaflet.TimeDimension, XYZ tiles, Cloud Optimized GeoTIFF "
    "range reads by GDAL /vsicurl/, TIFF 6.0 and GeoTIFF 1.1 (GeoKeyDirectory, ModelPixelScale, ModelTiepoint), "
    "风云 四号 B AGRI file names and 天气 雷达 拼图 products (CR, QPE), ADTD 闪电 定位 queries",
    "typhoon-marine-forecast": "中国气象局 热带气旋 最佳 路径 数据集 format (66666 header with data-line count, "
    "YYYYMMDDHH I LAT LONG PRES WND lines at 6 h), GB/T 19201-2006 《热带气旋等级》 (TD/TS/STS/TY/STY/SuperTY by "
    "2-minute wind), BABJ 预报 路径 with 7/10 级 风圈 by quadrant, 国家海洋局 潮汐表 (high and low waters), "
    "GB/T 42176 风暴潮 四色 警戒 潮位 and 海浪 预报 as apps, 微信 and forecasters use them",
    "climate-data-request": "《气象资料共享管理办法》 (中国气象局令 第4号), 气象 科学 数据 申请 portals (要素 lists, "
    "station ranges, 时段, 用途, 申请函 and 承诺书, 数据 使用 协议), CF Conventions standard names, derived "
    "quantities (Td = T - ((100 - RH)/5), 体感 温度), xarray, NCL, R ncdf4 and MATLAB snippets in 使用 说明 "
    "comments, DataCite/GB/T 7714 citations",
    "nwp-model-ops": "WRF-ARW 4 User's Guide (namelist.input &time_control/&domains/&physics, namelist.wps "
    "&share/&geogrid; nests with (e_we-1) divisible by parent_grid_ratio), GrADS data descriptor files (DSET, "
    "UNDEF, XDEF/YDEF LINEAR, TDEF, VARS … ENDVARS), Slurm REST API v0.0.40 (job/submit with X-SLURM-USER-NAME and "
    "an HS256 X-SLURM-USER-TOKEN, jobs queries), ecFlow-style task states and 降水 检验 TS/ETS as the 数值 预报 "
    "centre runs them",
    "hydrology-sos-waterml": "OGC SOS 2.0 (KVP GetCapabilities, GetObservation with offering, observedProperty, "
    "temporalFilter om:phenomenonTime,a/b; DescribeSensor with SensorML 2.0; GetFeatureOfInterest spatialFilter; "
    "InsertObservation XML; 52°North JSON binding), OGC WaterML 2.0 MeasurementTimeseries, 52°North Helgoland "
    "timeseries API and 水位-流量 关系 曲线 (rating curves) as 水文 centres and clients use them",
    "eo-stac-catalog": "STAC API 1.0 (collections, items, item search GET and POST with bbox, datetime intervals, "
    "limit, sortby; Query extension eo:cloud_cover; Filter extension CQL2-JSON with s_intersects; Transaction "
    "extension), STAC Item/EO extension and STAC Browser as 自然资源 卫星 遥感 云 服务 users and pipelines use them: "
    "GF-1/GF-6/ZY-3 and Sentinel-2 scenes, GeoJSON AOI uploads, 数据 订购",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: AE's (and so AD's, … F's), recording AF's sources -----------------------------------------


class Corpus(corpus_ae.Corpus):
    """AE's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with AF's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 13  # requests per (family, shape): Z's navigations() and beacons() make as many

GD_BOX = ((109.6, 117.4), (20.1, 25.6))  # 广东's extent (lng, lat)
SEASON0 = datetime(2027, 6, 1)  # the 汛期 the corpus covers: June to September 2027
STATIONS = {  # 区站号: (站名, 经度, 纬度, 拔海 高度 m) — this generator's table of 广东 national stations
    "59287": ("广州", 113.48, 23.21, 70.7),
    "59493": ("深圳", 114.00, 22.54, 63.0),
    "59488": ("珠海", 113.52, 22.27, 36.0),
    "59316": ("汕头", 116.68, 23.40, 2.9),
    "59658": ("湛江", 110.30, 21.15, 53.3),
    "59082": ("韶关", 113.60, 24.68, 69.3),
    "59117": ("梅县", 116.12, 24.26, 87.8),
    "59293": ("河源", 114.73, 23.80, 40.6),
    "59663": ("阳江", 111.97, 21.87, 23.3),
    "59278": ("高要", 112.46, 23.05, 41.0),
}
AIRPORTS = {
    "ZGGG": "广州白云",
    "ZGSZ": "深圳宝安",
    "ZGSD": "珠海金湾",
    "ZGOW": "揭阳潮汕",
    "ZGZJ": "湛江吴川",
    "ZGMX": "梅州梅县",
}
JAVA_ACCEPT = "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2"  # HttpURLConnection's default
UAS = {
    "requests": "python-requests/2.32.3",
    "netcdf-c": "oc4.9.2",
    "siphon": "Siphon (0.9)",
    "erddapy": "python-httpx/0.27.2",
    "httr": "libcurl/8.5.0 r-curl/5.2.1 httr/1.4.7",
    "curl": "curl/8.5.0",
    "wget": "Wget/1.21.4",
    "gdal": "GDAL/3.8.4",
    "java": "Java/17.0.11",
    "apache": "Apache-HttpClient/4.5.14 (Java/17.0.11)",
    "go": "Go-http-client/1.1",
}
IMG_ACCEPT = "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8"


def season(c: Corpus, hours: bool = True) -> datetime:
    """A whole UTC hour (or day) of the 2027 汛期, as the data services keep time."""
    d = SEASON0 + timedelta(days=c.num(0, 115))
    return d + timedelta(hours=c.num(0, 23)) if hours else d


def zt(d: datetime) -> str:
    """ISO 8601 in UTC with Z, as OGC and ERDDAP services write it."""
    return f"{d:%Y-%m-%dT%H:%M:%SZ}"


def data_client(
    c: Corpus, ua: str, accept: str = "*/*", ctype: str | None = None, extra: dict[str, str] | None = None
) -> dict[str, str]:
    """A data client (python-requests, netCDF-C, curl, wget, GDAL, a Java program): its UA and its Accept."""
    h = {"User-Agent": UAS.get(ua, ua), "Accept": JAVA_ACCEPT if ua == "java" else accept}
    if ua in ("requests", "erddapy"):
        h["Accept-Encoding"] = "gzip, deflate"
    if ctype:
        h["Content-Type"] = ctype
    h.update(extra or {})
    return h


def zhitianqi(c: Corpus, ctype: str | None = None) -> dict[str, str]:
    """The province's weather App (a 知天气-like okhttp client)."""
    return app_headers(c, "zhitianqi", c.pick(["6.3.0", "6.3.2", "6.4.0"]), ctype)


def img(c: Corpus, ref: str) -> dict[str, str]:
    """An <img> or map-layer fetch from a page."""
    return c.headers(c.browser(0.3), "img", accept=IMG_ACCEPT, referer=ref, cookie=False)


def nav(c: Corpus, ref: str | None) -> dict[str, str]:
    return page(c, ref, 0.3)


def in_gd(lng: float, lat: float) -> bool:
    (x0, x1), (y0, y1) = GD_BOX
    return x0 <= lng <= x1 and y0 <= lat <= y1


def sub_box(c: Corpus) -> tuple[float, float, float, float]:
    """(west, south, east, north) inside 广东, two decimals."""
    (x0, x1), (y0, y1) = GD_BOX
    w = round(x0 + c.num(0, int((x1 - x0 - 1) * 100)) / 100, 2)
    s = round(y0 + c.num(0, int((y1 - y0 - 1) * 100)) / 100, 2)
    e = round(min(x1, w + c.num(30, 300) / 100), 2)
    n = round(min(y1, s + c.num(30, 250) / 100), 2)
    return w, s, e, n


# --- opendap-thredds -----------------------------------------------------------------------------------------

GRIDS = {  # THREDDS dataset prefix: (path pattern, dimension sizes, variables on (time, lat, lon))
    "gd/wrf": (
        "gd/wrf/{d:%Y%m%d%H}/gdwrf_d02_{d:%Y%m%d%H}.nc",
        {"time": 73, "lat": 241, "lon": 321},
        ["T2", "RH2", "U10", "V10", "RAINNC", "PSFC"],
    ),
    "gd/ocean": ("gd/ocean/sst/gd_sst_daily_{d:%Y}.nc", {"time": 365, "lat": 111, "lon": 161}, ["sst", "sst_anom"]),
    "gd/radar": ("gd/radar/qpe/qpe_1h_{d:%Y%m%d}.nc", {"time": 24, "lat": 551, "lon": 781}, ["qpe", "qpe_qc"]),
}


def grid(c: Corpus) -> tuple[str, dict[str, int], list[str], datetime]:
    """A dataset: its path, dimension sizes, variables and the run (or first) time its file starts at."""
    pattern, dims, names = GRIDS[c.pick(list(GRIDS))]
    d = season(c).replace(hour=c.pick([0, 12]))
    if "sst" in pattern:
        d = datetime(d.year, 1, 1)
    elif "qpe" in pattern:
        d = d.replace(hour=0)
    return pattern.format(d=d), dims, names, d


def slab(c: Corpus, size: int) -> tuple[int, int, int]:
    """A DAP2 hyperslab [start:stride:stop] inside a dimension of ``size``."""
    start = c.num(0, size - 2)
    return start, c.pick([1, 1, 1, 2, 5]), c.num(start + 1, min(size - 1, start + c.num(3, 200)))


def dap2_ce(c: Corpus, dims: dict[str, int], names: list[str]) -> str:
    t, y, x = (slab(c, dims[k]) for k in ("time", "lat", "lon"))

    def s(v: tuple[int, int, int]) -> str:
        return f"[{v[0]}:{v[1]}:{v[2]}]"

    proj = [n + s(t) + s(y) + s(x) for n in c.sample(names, c.num(1, 2))]
    return ",".join([*proj, "lat" + s(y), "lon" + s(x)])


def dap4_ce(c: Corpus, dims: dict[str, int], names: list[str]) -> str:
    t, y, x = (slab(c, dims[k]) for k in ("time", "lat", "lon"))
    proj = [f"/{n}[{t[0]}:{t[2]}][{y[0]}:{y[2]}][{x[0]}:{x[2]}]" for n in c.sample(names, c.num(1, 2))]
    return ";".join([*proj, f"/lat[{y[0]}:{y[2]}]", f"/lon[{x[0]}:{x[2]}]"])


def ce_encoded(ce: str) -> str:
    """netCDF-C's escaping of a constraint: brackets and the rest of the URL-unsafe set as %XX."""
    return urllib.parse.quote(ce, safe=":,/.=_-")


@family("opendap-thredds")
def opendap_thredds(c: Corpus) -> None:
    f = "opendap-thredds"
    ref = f"{SITE}/thredds/catalog/catalog.html"
    for _ in range(N):
        path, _d, _n, _t = grid(c)
        c.add(f, "dap2-dds", "GET", f"/thredds/dodsC/{path}.dds", data_client(c, c.pick(["netcdf-c", "requests"])))
    for _ in range(N):
        path, _d, _n, _t = grid(c)
        c.add(f, "dap2-das", "GET", f"/thredds/dodsC/{path}.das", data_client(c, c.pick(["netcdf-c", "java"])))
    for _ in range(N):
        path, dims, names, run = grid(c)
        ce = dap2_ce(c, dims, names)
        if c.chance(0.5):
            c.add(
                f, "dap2-ascii", "GET", f"/thredds/dodsC/{path}.ascii?{ce}", nav(c, f"{SITE}/thredds/dodsC/{path}.html")
            )
        else:
            c.add(f, "dap2-ascii", "GET", f"/thredds/dodsC/{path}.ascii?{ce}", data_client(c, "curl"))
    for _ in range(N):
        path, dims, names, run = grid(c)
        ce = dap2_ce(c, dims, names)
        h = data_client(c, c.pick(["netcdf-c", "requests"]))
        c.add(
            f, "dap2-dods", "GET", f"/thredds/dodsC/{path}.dods?{ce_encoded(ce) if 'oc' in h['User-Agent'] else ce}", h
        )
    for _ in range(N):
        path, _d, _n, _t = grid(c)
        c.add(f, "dap4-dmr", "GET", f"/thredds/dap4/{path}.dmr.xml", data_client(c, "netcdf-c"))
    for _ in range(N):
        path, dims, names, run = grid(c)
        ce = dap4_ce(c, dims, names)
        c.add(f, "dap4-data", "GET", f"/thredds/dap4/{path}.dap?dap4.ce={ce_encoded(ce)}", data_client(c, "netcdf-c"))
    for _ in range(N):
        d = season(c, False)
        folder = c.pick([f"gd/wrf/{d:%Y%m%d}00", f"gd/wrf/{d:%Y%m%d}12", "gd/ocean/sst", "gd/radar/qpe"])
        c.add(f, "catalog-xml", "GET", f"/thredds/catalog/{folder}/catalog.xml", data_client(c, "siphon"))
    for _ in range(N):
        path, dims, names, run = grid(c)
        w, s, e, n = sub_box(c)
        t0 = run + timedelta(hours=c.num(0, 23)) if "sst" not in path else season(c, False)
        q = [
            *(("var", v) for v in c.sample(names, c.num(1, 2))),
            ("north", n),
            ("west", w),
            ("east", e),
            ("south", s),
            ("horizStride", c.pick([1, 2])),
            ("time_start", zt(t0)),
            ("time_end", zt(t0 + timedelta(hours=c.num(1, 48)))),
            ("accept", c.pick(["netcdf4", "netcdf3"])),
        ]
        c.add(f, "ncss-grid", "GET", f"/thredds/ncss/grid/{path}?" + qs(q, form), data_client(c, "siphon"))
    for _ in range(N):
        path, _dims, names, run = grid(c)
        sid = c.pick(list(STATIONS))
        _name, lng, lat, _alt = STATIONS[sid]
        t0 = run + timedelta(hours=c.num(0, 12)) if "sst" not in path else season(c, False)
        q = [
            ("var", c.pick(names)),
            ("latitude", lat),
            ("longitude", lng),
            ("time_start", zt(t0)),
            ("time_end", zt(t0 + timedelta(hours=c.num(6, 72)))),
            ("accept", c.pick(["csv", "xml"])),
        ]
        h = (
            data_client(c, "siphon")
            if c.chance(0.6)
            else web(c, None, 0.1, f"{SITE}/thredds/ncss/grid/{path}/dataset.html")
        )
        c.add(f, "ncss-point", "GET", f"/thredds/ncss/grid/{path}?" + qs(q, form), h)
    navigations(
        c,
        f,
        "catalog-page",
        lambda: f"/thredds/catalog/{c.pick(['gd/wrf', 'gd/ocean/sst', 'gd/radar/qpe', 'gd'])}/catalog.html",
        ref,
        0.1,
    )
    navigations(c, f, "access-form", lambda: f"/thredds/dodsC/{grid(c)[0]}.html", ref, 0.0)


# --- erddap-data-server ----------------------------------------------------------------------------------------

TABLES = {  # ERDDAP tabledap datasets: (station variable, stations, data variables)
    "gdmb_buoy_hourly": (
        "station",
        ["QF301", "QF302", "QF303", "QF305", "MF07"],
        ["sea_water_temperature", "sea_surface_wave_significant_height", "wind_speed", "air_pressure"],
    ),
    "gd_aws_hourly": (
        "station_id",
        list(STATIONS),
        ["air_temperature", "relative_humidity", "precipitation_1h", "wind_speed_2min"],
    ),
}
ERD_GRIDS = {"gd_sst_daily": ["sst", "sst_anom"], "gdwrf_d02_hourly": ["t2m", "rh2m", "rain1h"]}


def erd_enc(part: str) -> str:
    """The Data Access Form's encoding of one query part: operators and quotes as %XX, = kept."""
    return urllib.parse.quote(part, safe="=-._")


def whatwg_query(parts: list[str]) -> str:
    """A query as a browser sends a typed or <img> URL: only the WHATWG query set (space, ", #, <, >) as %XX."""
    table = {" ": "%20", '"': "%22", "#": "%23", "<": "%3C", ">": "%3E"}
    return "&".join("".join(table.get(ch, ch) for ch in p) for p in parts)


def erd_query(parts: list[str], encoded: bool) -> str:
    return "&".join(erd_enc(p) if encoded else p for p in parts)


def table_parts(c: Corpus, more: list[str] | None = None) -> tuple[str, list[str]]:
    ds = c.pick(list(TABLES))
    key, stations, names = TABLES[ds]
    t0 = season(c)
    parts = [
        ",".join([key, "time", *c.sample(names, c.num(1, 3))]),
        f"time>={zt(t0)}",
        f"time<={zt(t0 + timedelta(hours=c.num(6, 240)))}",
    ]
    if c.chance(0.7):
        parts.append(f'{key}="{c.pick(stations)}"')
    return ds, parts + (more or [])


@family("erddap-data-server")
def erddap_data_server(c: Corpus) -> None:
    f = "erddap-data-server"
    ref = f"{SITE}/erddap/index.html"
    for _ in range(N):
        ds, parts = table_parts(c)
        c.add(
            f,
            "tabledap-csv",
            "GET",
            f"/erddap/tabledap/{ds}.csv?" + erd_query(parts, False),
            data_client(c, c.pick(["curl", "httr"])),
        )
    for _ in range(N):
        ds, parts = table_parts(c)
        h = web(c, None, 0.1, f"{SITE}/erddap/tabledap/{ds}.html")
        c.add(f, "tabledap-json", "GET", f"/erddap/tabledap/{ds}.json?" + erd_query(parts, True), h)
    for _ in range(N):
        ds, parts = table_parts(c)
        key = TABLES[ds][0]
        parts = [p for p in parts if not p.startswith(f"{key}=")] + [f'orderByMax("{key},time")']
        enc = c.chance(0.5)
        c.add(
            f,
            "tabledap-orderby",
            "GET",
            f"/erddap/tabledap/{ds}.csv?" + erd_query(parts, enc),
            data_client(c, "erddapy" if enc else "httr"),
        )
    for _ in range(N):
        ds = c.pick(list(TABLES))
        key = TABLES[ds][0]
        c.add(
            f,
            "tabledap-distinct",
            "GET",
            f"/erddap/tabledap/{ds}.json?{key},latitude,longitude&distinct()",
            data_client(c, c.pick(["erddapy", "requests"])),
        )
    for _ in range(N):
        ds = c.pick(list(ERD_GRIDS))
        t0 = season(c, False)
        w, s, e, n = sub_box(c)
        dims = f"[({zt(t0)}):1:({zt(t0 + timedelta(days=c.num(1, 10)))})][({s}):1:({n})][({w}):1:({e})]"
        q = ",".join(v + dims for v in c.sample(ERD_GRIDS[ds], c.num(1, 2)))
        c.add(f, "griddap-nc", "GET", f"/erddap/griddap/{ds}.nc?{q}", data_client(c, c.pick(["requests", "wget"])))
    for _ in range(N):
        ds = c.pick(list(ERD_GRIDS))
        var = ERD_GRIDS[ds][0]
        w, s, e, n = sub_box(c)
        parts = [
            f"{var}[(last)][({s}):({n})][({w}):({e})]",
            ".draw=surface",
            f".vars=longitude|latitude|{var}",
            ".colorBar=|||||",
            ".bgColor=0xffccccff",
        ]
        c.add(
            f,
            "griddap-png",
            "GET",
            f"/erddap/griddap/{ds}.png?" + "&".join(erd_enc(p) for p in parts),
            img(c, f"{SITE}/erddap/griddap/{ds}.graph"),
        )
    for _ in range(N):
        ds = "gdmb_buoy_hourly"
        _k, stations, names = TABLES[ds]
        parts = [
            f"time,{c.pick(names)}",
            f'station="{c.pick(stations)}"',
            f"time>=now-{c.pick([3, 7, 14])}days",
            ".draw=lines",
            ".color=0x000000",
        ]
        c.add(
            f,
            "tabledap-graph",
            "GET",
            f"/erddap/tabledap/{ds}.png?" + (erd_query(parts, True) if c.chance(0.5) else whatwg_query(parts)),
            img(c, f"{SITE}/erddap/tabledap/{ds}.graph"),
        )
    for _ in range(N):
        ds = c.pick([*TABLES, *ERD_GRIDS])
        c.add(f, "info-json", "GET", f"/erddap/info/{ds}/index.{c.pick(['json', 'csv'])}", data_client(c, "erddapy"))
    for _ in range(N):
        q = [
            ("page", 1),
            ("itemsPerPage", c.pick([20, 1000])),
            ("searchFor", c.pick(["sea_water_temperature", "wave height", "广东 浮标", "precipitation 1h", "sst"])),
        ]
        c.add(f, "search-json", "GET", "/erddap/search/index.json?" + qs(q, form), data_client(c, "erddapy"))
    navigations(c, f, "data-form-page", lambda: f"/erddap/tabledap/{c.pick(list(TABLES))}.html", ref, 0.1)
    navigations(c, f, "graph-page", lambda: f"/erddap/griddap/{c.pick(list(ERD_GRIDS))}.graph", ref, 0.1)


# --- sensorthings-iot-api -----------------------------------------------------------------------------------

PROPS = {  # ObservedProperty: (unit name, symbol, plausible range)
    "气温": ("degree Celsius", "°C", (22.0, 38.0)),
    "相对湿度": ("percent", "%", (45.0, 100.0)),
    "小时降水量": ("millimetre", "mm", (0.0, 80.0)),
    "水位": ("metre", "m", (1.5, 25.0)),
    "2分钟平均风速": ("metre per second", "m/s", (0.0, 20.0)),
}
STA = "/sta/v1.1"


def ring(c: Corpus) -> str:
    """A closed polygon ring (lng lat, …) inside 广东, as WKT wants it."""
    w, s, e, n = sub_box(c)
    return f"POLYGON(({w} {s},{e} {s},{e} {n},{w} {n},{w} {s}))"


def prop_value(c: Corpus, prop: str) -> float:
    lo, hi = PROPS[prop][2]
    return round(lo + (hi - lo) * c.num(0, 1000) / 1000, 1)


@family("sensorthings-iot-api")
def sensorthings_iot_api(c: Corpus) -> None:
    f = "sensorthings-iot-api"
    ref = f"{SITE}/sta/dashboard/index.html"
    for _ in range(N):
        q = [
            (
                "$expand",
                "Locations,Datastreams($select=name,unitOfMeasurement;$expand=Observations($top=1;"
                "$orderby=phenomenonTime desc))",
            ),
            ("$top", c.pick([50, 100])),
            ("$skip", c.pick([0, 100])),
        ]
        c.add(f, "things-expand", "GET", f"{STA}/Things?" + qs(q, axios), web(c, None, 0.2, ref))
    for _ in range(N):
        prop = c.pick(list(PROPS))
        t0 = season(c)
        flt = (
            f"phenomenonTime ge {zt(t0)} and phenomenonTime lt {zt(t0 + timedelta(hours=c.num(3, 72)))} "
            f"and result gt {prop_value(c, prop)}"
        )
        q = [("$filter", flt), ("$orderby", "phenomenonTime asc"), ("$top", 1000), ("$select", "phenomenonTime,result")]
        c.add(
            f,
            "observations-filter",
            "GET",
            f"{STA}/Datastreams({c.num(1, 900)})/Observations?" + qs(q, form),
            data_client(c, "requests", "application/json"),
        )
    for _ in range(N):
        flt = f"ObservedProperty/name eq '{c.pick(list(PROPS))}' and Thing/properties/adcd eq '44{c.digits(2)}00'"
        q = [("$filter", flt), ("$count", "true"), ("$top", 0)]
        c.add(f, "datastreams-count", "GET", f"{STA}/Datastreams?" + qs(q, axios), web(c, None, 0.1, ref))
    for _ in range(N):
        q = [("$filter", f"st_within(location,geography'{ring(c)}')"), ("$expand", "Things($select=name,properties)")]
        c.add(f, "locations-within", "GET", f"{STA}/Locations?" + qs(q, axios), web(c, None, 0.1, ref))
    for _ in range(N):
        prop = c.pick(list(PROPS))
        t = season(c) + timedelta(minutes=c.pick([0, 5, 10, 30]))
        doc = {
            "phenomenonTime": zt(t),
            "resultTime": zt(t + timedelta(seconds=c.num(5, 90))),
            "result": prop_value(c, prop),
            "Datastream": {"@iot.id": c.num(1, 900)},
        }
        h = data_client(c, "go", "application/json", JSON_CT, {"Authorization": f"Bearer {c.b64(24, True)}"})
        c.add(f, "observation-post", "POST", f"{STA}/Observations", h, js_doc(doc))
    for _ in range(N):
        batches = []
        for _b in range(c.num(1, 3)):
            prop = c.pick(list(PROPS))
            t0 = season(c)
            rows = [[zt(t0 + timedelta(minutes=5 * i)), prop_value(c, prop)] for i in range(c.num(2, 12))]
            batches.append(
                {
                    "Datastream": {"@iot.id": c.num(1, 900)},
                    "components": ["phenomenonTime", "result"],
                    "dataArray@iot.count": len(rows),
                    "dataArray": rows,
                }
            )
        h = data_client(c, "apache", "application/json", JSON_CT, {"Authorization": f"Bearer {c.b64(24, True)}"})
        c.add(f, "create-observations", "POST", f"{STA}/CreateObservations", h, js_doc(batches))
    for _ in range(N):
        sid = c.pick(list(STATIONS))
        name, lng, lat, alt = STATIONS[sid]
        code = f"G{c.num(1000, 9999)}"
        props = c.sample(list(PROPS), c.num(1, 3))
        doc = {
            "name": f"{name} 区域 自动站 {code}",
            "description": "六 要素 自动 气象站",
            "properties": {"stationCode": code, "adcd": f"44{c.digits(2)}00", "altitude": alt},
            "Locations": [
                {
                    "name": code,
                    "encodingType": "application/geo+json",
                    "location": {
                        "type": "Point",
                        "coordinates": [round(lng + c.num(-20, 20) / 100, 4), round(lat + c.num(-20, 20) / 100, 4)],
                    },
                }
            ],
            "Datastreams": [
                {
                    "name": f"{code} {p}",
                    "description": p,
                    "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                    "unitOfMeasurement": {"name": PROPS[p][0], "symbol": PROPS[p][1], "definition": ""},
                    "Sensor": {
                        "name": c.pick(["DZZ5", "DZZ6", "YZY1"]),
                        "encodingType": "application/pdf",
                        "metadata": "https://example.gov.cn/sensors/dzz5.pdf",
                    },
                    "ObservedProperty": {"name": p, "definition": f"urn:gd:qx:property:{p}", "description": p},
                }
                for p in props
            ],
        }
        c.add(f, "thing-deep-insert", "POST", f"{STA}/Things", authed(web(c, JSON_CT, 0.0, ref), c), js_doc(doc))
    for _ in range(N):
        q = [("$resultFormat", "dataArray"), ("$top", c.pick([24, 48, 144])), ("$orderby", "phenomenonTime desc")]
        c.add(
            f,
            "multidatastream-dataarray",
            "GET",
            f"{STA}/MultiDatastreams({c.num(1, 200)})/Observations?" + qs(q, axios),
            zhitianqi(c),
        )
    for _ in range(N):
        q = [("$select", "@iot.id,name,definition"), ("$orderby", "name")]
        c.add(f, "observed-properties", "GET", f"{STA}/ObservedProperties?" + qs(q, axios), web(c, None, 0.1, ref))
    navigations(c, f, "dashboard-page", lambda: f"/sta/dashboard/station.html?id={c.num(1, 900)}", ref, 0.3)
    beacons(c, f, "/sta/dashboard/api/stat", ["/sta/dashboard/index.html", "/sta/dashboard/station.html"], ref)


# --- wmo-gts-bulletins ---------------------------------------------------------------------------------------


def t_group(ind: int, t: float) -> str:
    """1snTTT / 2snTdTdTd: sign 0 or 1, tenths of a degree."""
    return f"{ind}{0 if t >= 0 else 1}{round(abs(t) * 10):03d}"


def p_group(ind: int, p: float) -> str:
    """3PoPoPoPo / 4PPPP: tenths of a hectopascal, thousands left off."""
    return f"{ind}{round(p * 10) % 10000:04d}"


def synop_report(c: Corpus, sid: str) -> str:
    """One station's FM 12 report (section 1), '=' at its end."""
    alt = STATIONS[sid][3]
    t = c.num(240, 355) / 10
    td = round(t - c.num(5, 90) / 10, 1)
    slp = c.num(9960, 10110) / 10
    rain = c.pick([0, 0, 0, 1, 3, 8, 16, 42, 75])
    calm = c.chance(0.1)
    groups = [
        sid,
        f"{1 if rain else 3}1{c.pick('3456789')}{c.pick([56, 60, 65, 70, 75, 80])}",
        f"{c.num(1, 8)}{0 if calm else c.num(1, 36):02d}{0 if calm else c.num(1, 12):02d}",
        t_group(1, t),
        t_group(2, td),
        p_group(3, slp - alt * 0.12),
        p_group(4, slp),
        f"5{c.num(0, 8)}{c.num(0, 30):03d}",
    ]
    if rain:
        groups.append(f"6{rain:03d}1")
    ww = c.pick(["61", "63", "80", "81", "95"]) if rain else c.pick(["00", "01", "02", "03"])
    groups += [
        f"7{ww}{c.num(5, 9) if rain else c.num(0, 2)}{c.num(0, 2)}",
        f"8{c.num(1, 7)}{c.num(1, 9)}{c.pick('0123456789/')}{c.pick('0123456789/')}",
    ]
    return " ".join(groups) + "="


def heading(ttaaii: str, when: datetime, cccc: str = "BCGZ") -> str:
    return f"{ttaaii} {cccc} {when:%d%H%M}"


def synop_bulletin(c: Corpus) -> tuple[str, str, datetime]:
    """(heading, bulletin text, observation time): the heading, AAXX YYGGiw and the stations' reports, CR CR LF
    between lines."""
    when = season(c, False) + timedelta(hours=c.pick([0, 6, 12, 18]))
    head = heading(c.pick(["SMCI40", "SMCI41"]), when)
    lines = [head, f"AAXX {when:%d%H}1", *(synop_report(c, s) for s in c.sample(list(STATIONS), c.num(2, 6)))]
    return head, "\r\r\n".join(lines) + "\r\r\n", when


def metar(c: Corpus, kind: str = "METAR", when: datetime | None = None, icao: str | None = None) -> str:
    icao = icao or c.pick(list(AIRPORTS))
    when = when or season(c) + timedelta(minutes=c.pick([0, 30]) if kind == "METAR" else c.num(1, 59))
    spd = c.num(1, 9)
    gust = f"G{spd + c.num(5, 8):02d}" if kind == "SPECI" else ""
    wind = "VRB01MPS" if spd == 1 else f"{c.num(0, 35) * 10 + 10:03d}{spd:02d}{gust}MPS"
    t = c.num(24, 35)
    td = t - c.num(0, 8)
    if kind == "METAR" and c.chance(0.3):
        sky = "CAVOK"
    else:
        wx = c.pick(["-SHRA", "SHRA", "TSRA", "+TSRA", "BR", "-RA"]) if kind == "SPECI" or c.chance(0.4) else ""
        clouds = [f"FEW0{c.num(10, 25)}", f"SCT0{c.num(25, 45)}"] if not wx else [f"BKN{c.num(8, 15):03d}CB"]
        sky = " ".join([f"{c.pick([1500, 3000, 4000, 6000, 8000, 9999]):04d}", *([wx] if wx else []), *clouds])
    trend = c.pick(["NOSIG", "NOSIG", "BECMG TL1000 9999 NSW", "TEMPO TSRA BKN012CB"])
    return f"{kind} {icao} {when:%d%H%M}Z {wind} {sky} {t:02d}/{td:02d} Q{c.num(998, 1012):04d} {trend}="


def taf(c: Corpus) -> str:
    issued = season(c, False) + timedelta(hours=c.pick([4, 10, 16, 22]))
    start = issued + timedelta(hours=2)
    end = start + timedelta(hours=c.pick([24, 30]))
    tx = start + timedelta(hours=c.num(3, 10))
    tn = start + timedelta(hours=c.num(12, 22))
    b0 = start + timedelta(hours=c.num(2, 18))
    return (
        f"TAF {c.pick(list(AIRPORTS))} {issued:%d%H%M}Z {start:%d%H}/{end:%d%H} {c.num(0, 35) * 10 + 10:03d}"
        f"{c.num(2, 6):02d}MPS {c.pick(['6000', '8000', '9999'])} SCT0{c.num(15, 30)} TX{c.num(31, 36)}/{tx:%d%H}Z "
        f"TN{c.num(24, 28)}/{tn:%d%H}Z BECMG {b0:%d%H}/{b0 + timedelta(hours=2):%d%H} "
        f"{c.pick(['TSRA FEW020CB', 'SHRA SCT015', '-RA BKN020'])}="
    )


TEMP_STATIONS = ["59316", "59280", "59663", "59293"]  # 广东 探空 stations (this generator's table)
TEMP_LEVELS = [  # (indicator, geopotential m, temperature °C) — a summer sounding over 广东
    ("00", 110, 28.0),
    ("92", 790, 23.5),
    ("85", 1500, 19.5),
    ("70", 3150, 9.5),
    ("50", 5880, -5.0),
    ("40", 7600, -15.0),
    ("30", 9750, -31.0),
    ("25", 10990, -41.0),
    ("20", 12450, -53.0),
    ("15", 14300, -67.0),
    ("10", 16700, -78.0),
]


def ttt_a(t: float) -> str:
    """TTTa: whole degrees and a tenths digit, even above zero and odd below (FM 35)."""
    tenths = round(abs(t) * 10)
    if (tenths % 2 == 1) != (t < 0):
        tenths += 1
    return f"{tenths:03d}"


def hhh(ind: str, h: int) -> str:
    """hhh of a standard level: metres up to 700 hPa, decametres above (thousands left off)."""
    return f"{h % 1000:03d}" if ind in ("00", "92", "85", "70") else f"{(h // 10) % 1000:03d}"


def temp_ttaa(c: Corpus, when: datetime) -> str:
    sid = c.pick(TEMP_STATIONS)
    groups = [
        "TTAA",
        f"{when:%d%H}1",
        sid,
        f"99{c.num(1000, 1010) % 1000:03d}",
        ttt_a(28 + c.num(-20, 20) / 10) + f"{c.num(5, 20):02d}",
        f"{c.num(10, 25) * 5:03d}{c.num(1, 6):02d}",
    ]
    for ind, h, t in TEMP_LEVELS:
        dd = c.num(3, 30) if ind in ("00", "92", "85") else c.num(56, 80)
        groups += [
            f"{ind}{hhh(ind, h + c.num(-15, 15))}",
            ttt_a(t + c.num(-15, 15) / 10) + f"{dd:02d}",
            f"{c.num(4, 54) * 5:03d}{c.num(2, 30):02d}",
        ]
    groups += ["88999", "77999="]
    return " ".join(groups)


def gts_envelope(seq: int, head: str, text: str) -> str:
    """WMO 386: SOH, CR CR LF, the channel sequence number, the heading and text, ETX."""
    body = text[len(head) + 3 :] if text.startswith(head) else text
    return f"\x01\r\r\n{seq:03d}\r\r\n{head}\r\r\n{body}\x03"


@family("wmo-gts-bulletins")
def wmo_gts_bulletins(c: Corpus) -> None:
    f = "wmo-gts-bulletins"
    ref = f"{SITE}/hkqx/index.html"
    text_ct = "text/plain; charset=us-ascii"
    for _ in range(N):
        head, text, _when = synop_bulletin(c)
        h = data_client(c, "java", ctype=text_ct, extra={"X-WMO-Heading": head})
        c.add(f, "synop-push", "POST", "/gts/api/bulletin", h, text)
    for _ in range(N):
        report = metar(c)
        when = report.split()[2]
        h = data_client(c, "go", ctype=text_ct, extra={"X-WMO-Heading": f"SACI31 BCGZ {when[:6]}"})
        c.add(f, "metar-push", "POST", "/gts/api/metar", h, report)
    for _ in range(N):
        report = metar(c, "SPECI")
        h = data_client(c, "go", ctype=text_ct, extra={"X-WMO-Heading": f"SPCI31 BCGZ {report.split()[2][:6]}"})
        c.add(f, "speci-push", "POST", "/gts/api/metar", h, report)
    for _ in range(N):
        report = taf(c)
        h = data_client(c, "java", ctype=text_ct, extra={"X-WMO-Heading": f"FTCI31 BCGZ {report.split()[2][:6]}"})
        c.add(f, "taf-push", "POST", "/gts/api/taf", h, report)
    for _ in range(N):
        when = season(c, False) + timedelta(hours=c.pick([0, 12]))
        head = heading("USCI01", when)
        c.add(
            f,
            "temp-push",
            "POST",
            "/gts/api/bulletin",
            data_client(c, "java", ctype=text_ct, extra={"X-WMO-Heading": head}),
            f"{head}\r\r\n{temp_ttaa(c, when)}\r\r\n",
        )
    for _ in range(N):
        head, text, when = synop_bulletin(c)
        tt, cccc, ymdhm = head.split()
        filed = when + timedelta(minutes=c.num(3, 25), seconds=c.num(0, 59))
        name = f"A_{tt}{cccc}{ymdhm}_C_BCGZ_{filed:%Y%m%d%H%M%S}.txt"
        data = gts_envelope(c.num(1, 999), head, text).encode("ascii")
        h, body = upload(
            c,
            [("channel", c.pick(["CMACast", "GTS-BCGZ"])), ("file", (name, "text/plain", data))],
            f"{SITE}/gts/upload.html",
            0.0,
        )
        c.add(f, "gts-file-upload", "POST", "/gts/api/upload", authed(h, c), body)
    for _ in range(N):
        t0 = season(c)
        q = [
            ("ttaaii", c.pick(["SMCI40", "SACI31", "FTCI31", "USCI01"])),
            ("cccc", "BCGZ"),
            ("from", zt(t0)),
            ("to", zt(t0 + timedelta(hours=c.num(3, 48)))),
            ("page", 1),
        ]
        c.add(
            f, "bulletin-search", "GET", "/gts/api/search?" + qs(q, axios), web(c, None, 0.0, f"{SITE}/gts/search.html")
        )
    for _ in range(N):
        raw = metar(c, c.pick(["METAR", "SPECI"]))
        c.add(f, "metar-decode", "GET", "/hkqx/api/metar/decode?" + qs([("raw", raw)], uri), zhitianqi(c))
    for _ in range(N):
        _h, text, _w = synop_bulletin(c)
        lines = text.split("\r\r\n")
        doc = {"raw": f"{lines[1]} {lines[2]}", "format": "json", "lang": "zh-CN"}
        c.add(f, "synop-decode", "POST", "/gts/api/synop/decode", web(c, JSON_CT, 0.0, ref), js_doc(doc))
    navigations(c, f, "airport-page", lambda: f"/hkqx/airport/{c.pick(list(AIRPORTS))}.html", ref, 0.3)


# --- cma-station-obs-files -------------------------------------------------------------------------------------

HOURLY = ["Station_Id_C", "Year", "Mon", "Day", "Hour", "PRS", "TEM", "RHU", "PRE_1h", "WIN_D_Avg_2mi", "WIN_S_Avg_2mi"]
MISSING = 999999
ELEMENT_RANGES = {
    "PRS": (990, 1012),
    "TEM": (22, 37),
    "RHU": (45, 100),
    "PRE_1h": (0, 60),
    "WIN_D_Avg_2mi": (0, 359),
    "WIN_S_Avg_2mi": (0, 15),
}


def hourly_row(c: Corpus, sid: str, t: datetime) -> list[object]:
    alt = STATIONS[sid][3]
    vals: list[object] = [
        round(1005 - alt * 0.12 + c.num(-60, 60) / 10, 1),
        c.num(240, 350) / 10,
        c.num(50, 100),
        c.pick([0.0, 0.0, 0.0, 0.2, 1.5, 6.8, 23.4]),
        c.num(0, 359),
        c.num(0, 120) / 10,
    ]
    if c.chance(0.15):
        vals[c.num(0, len(vals) - 1)] = MISSING
    return [sid, t.year, t.month, t.day, t.hour, *vals]


def hourly_csv(c: Corpus) -> tuple[list[list[object]], bytes]:
    t0 = season(c)
    sids = c.sample(list(STATIONS), c.num(1, 4))
    rows = [hourly_row(c, s, t0 + timedelta(hours=i)) for s in sids for i in range(c.num(2, 6))]
    return rows, csv_text([HOURLY, *rows])


def diamond3(c: Corpus) -> str:
    """MICAPS 第 3 类: the title line, yy mm dd hh level, no contours, smoothing, bold value, no clip, station count."""
    t = season(c, False) + timedelta(hours=c.pick([8, 20]))
    sids = c.sample(list(STATIONS), c.num(4, 10))
    lines = [
        f"diamond 3 {t:%y}年{t:%m}月{t:%d}日{t:%H}时 24小时降水量",
        f"{t:%y} {t:%m} {t:%d} {t:%H} -1 0 1 0 0 {len(sids)}",
    ]
    for s in sids:
        _n, lng, lat, alt = STATIONS[s]
        lines.append(f"{s} {lng:.2f} {lat:.2f} {alt:.1f} {c.pick([0.0, 0.3, 5.6, 18.2, 56.9, 102.4])}")
    return "\r\n".join(lines) + "\r\n"


def dm(x: float) -> int:
    """Degrees and minutes as the SURF_CLI files write them: 23.21 → 2313."""
    d = int(x)
    return d * 100 + round((x - d) * 60)


def cli_day(c: Corpus) -> str:
    """SURF_CLI_CHN_MUL_DAY-style lines: 站号 纬度 经度 拔海(0.1 m) 年 月 日 平均 最高 最低 (0.1 ℃) 降水 (0.1 mm)
    and the four 质控 码; 32766 missing (code 8), 32700 微量."""
    d0 = season(c, False)
    out = []
    for s in c.sample(list(STATIONS), c.num(2, 5)):
        _n, lng, lat, alt = STATIONS[s]
        for i in range(c.num(3, 7)):
            d = d0 + timedelta(days=i)
            lo, hi = c.num(230, 270), c.num(300, 370)
            vals = [c.num(lo, hi), hi, lo, c.pick([0, 32700, 12, 85, 346, 1023])]
            qc = [0, 0, 0, 0]
            if c.chance(0.1):
                k = c.num(0, 3)
                vals[k], qc[k] = 32766, 8
            cols = [s, dm(lat), dm(lng), round(alt * 10), d.year, d.month, d.day, *vals, *qc]
            widths = [5, 6, 7, 7, 5, 3, 3, 6, 6, 6, 6, 2, 2, 2, 2]
            out.append("".join(str(v).rjust(w) for v, w in zip(cols, widths, strict=True)))
    return "\r\n".join(out) + "\r\n"


@family("cma-station-obs-files")
def cma_station_obs_files(c: Corpus) -> None:
    f = "cma-station-obs-files"
    ref = f"{SITE}/qxgc/index.html"
    for _ in range(N):
        _rows, data = hourly_csv(c)
        name = f"SURF_CHN_MUL_HOR_{season(c):%Y%m%d%H}.csv"
        h, body = upload(c, [("dataCode", "SURF_CHN_MUL_HOR"), ("file", (name, "text/csv", data))], ref, 0.0)
        c.add(f, "hourly-csv-upload", "POST", "/qxgc/api/obs/upload", authed(h, c), body)
    for _ in range(N):
        _rows, data = hourly_csv(c)
        h = data_client(
            c, "requests", "application/json", "text/csv; charset=utf-8", {"X-Data-Code": "SURF_CHN_MUL_HOR"}
        )
        c.add(f, "hourly-csv-push", "POST", "/qxgc/api/obs/push", h, data.decode())
    for _ in range(N):
        t = season(c, False)
        h, body = upload(
            c,
            [("type", "diamond3"), ("file", (f"{t:%y%m%d}08.000", "text/plain", diamond3(c).encode("utf-8")))],
            ref,
            0.0,
        )
        c.add(f, "micaps-diamond3-upload", "POST", "/qxgc/api/micaps/upload", authed(h, c), body)
    for _ in range(N):
        d = season(c, False)
        h, body = upload(
            c,
            [
                ("dataset", "SURF_CLI_CHN_MUL_DAY"),
                ("file", (f"SURF_CLI_CHN_MUL_DAY-{d:%Y%m}.TXT", "text/plain", cli_day(c).encode())),
            ],
            ref,
            0.0,
        )
        c.add(f, "cli-day-upload", "POST", "/qxgc/api/cli/upload", authed(h, c), body)
    for _ in range(N):
        sid = c.pick(list(STATIONS))
        name, lng, lat, alt = STATIONS[sid]
        doc = {
            "stationId": sid,
            "name": name,
            "lon": lng,
            "lat": lat,
            "altitude": alt,
            "pressureSensorAltitude": round(alt + c.num(5, 15) / 10, 1),
            "instrument": c.pick(["DZZ5", "DZZ6"]),
            "changeDate": f"{season(c, False):%Y-%m-%d}",
            "note": c.pick(["更换 温湿度 传感器 HMP155", "雨量筒 迁移 至 观测场 东侧 3 m", "风杆 高度 10.5 m"]),
        }
        c.add(
            f, "station-meta-post", "POST", "/qxgc/api/station/meta", authed(web(c, JSON_CT, 0.0, ref), c), js_doc(doc)
        )
    for _ in range(N):
        t = season(c)
        elements = {}
        for el in c.sample(HOURLY[5:], c.num(2, 5)):
            qc = c.pick([0, 0, 0, 1, 2, 8, 9])
            lo, hi = ELEMENT_RANGES[el]
            elements[el] = {"value": MISSING if qc == 8 else round(lo + (hi - lo) * c.num(0, 100) / 100, 1), "qc": qc}
        doc = {"stationId": c.pick(list(STATIONS)), "time": zt(t), "elements": elements}
        c.add(
            f,
            "qc-flags-push",
            "POST",
            "/qxgc/api/qc/push",
            data_client(c, "apache", "application/json", JSON_CT),
            js_doc(doc),
        )
    for _ in range(N):
        t0 = season(c)
        fields = [
            ("stationId", c.pick(list(STATIONS))),
            ("element", c.pick(["TEM", "PRE_1h", "WIN_S_Avg_2mi"])),
            ("start", f"{t0:%Y-%m-%d %H:00}"),
            ("end", f"{t0 + timedelta(hours=c.num(1, 6)):%Y-%m-%d %H:00}"),
            (
                "reason",
                c.pick(
                    [
                        "雷击 导致 采集器 重启, 缺测 期间 以 人工 观测 补录",
                        "停电 3 小时, UPS 耗尽",
                        "传感器 故障 (温度 > 60 ℃ 异常), 已 更换",
                    ]
                ),
            ),
        ]
        c.add(f, "missing-report", "POST", "/qxgc/missing/save.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        q = [
            ("adminCode", c.pick(["440000", "440100", "440300", "445200"])),
            ("type", c.pick(["国家站", "区域站"])),
            ("page", 1),
            ("size", 200),
        ]
        c.add(f, "station-list", "GET", "/qxgc/api/stations?" + qs(q, axios), web(c, None, 0.1, ref))
    for _ in range(N):
        t0 = season(c)
        q = [
            ("staIds", ",".join(c.sample(list(STATIONS), c.num(1, 4)))),
            ("elements", ",".join(HOURLY[5:])),
            ("start", f"{t0:%Y%m%d%H}"),
            ("end", f"{t0 + timedelta(hours=c.num(1, 24)):%Y%m%d%H}"),
        ]
        c.add(f, "hourly-query", "GET", "/qxgc/api/obs/hourly?" + qs(q, axios), web(c, None, 0.1, ref))
    navigations(c, f, "station-page", lambda: f"/qxgc/station/{c.pick(list(STATIONS))}.html", ref, 0.3)


# --- grib-netcdf-files ------------------------------------------------------------------------------------------

GRIB_VARS = [  # (category, number, wgrib2 name, level text, level type, level value)
    (0, 0, "TMP", "2 m above ground", 103, 2),
    (1, 1, "RH", "2 m above ground", 103, 2),
    (2, 2, "UGRD", "10 m above ground", 103, 10),
    (2, 3, "VGRD", "10 m above ground", 103, 10),
    (1, 8, "APCP", "surface", 1, 0),
    (3, 1, "PRMSL", "mean sea level", 101, 0),
]


def sec(num: int, payload: bytes) -> bytes:
    return struct.pack(">IB", 5 + len(payload), num) + payload


def grib2(c: Corpus, run: datetime, fh: int, var: tuple) -> bytes:
    """One GRIB2 message: sections 1, 3 (template 3.0 lat/lon), 4 (4.0), 5 (5.0 simple packing), 6, 7 and '7777'."""
    cat, num, _name, _lev, ltype, lval = var
    ni, nj, step, bits = *c.pick([(81, 57, 100000), (161, 113, 50000), (41, 29, 200000)]), 12
    npts = ni * nj
    s1 = sec(1, struct.pack(">HHBBBHBBBBBBB", 38, 0, 2, 0, 1, run.year, run.month, run.day, run.hour, 0, 0, 0, 1))
    g = struct.pack(">BIBBH", 0, npts, 0, 0, 0)
    g += struct.pack(
        ">BBIBIBIIIIIiiBiiIIB",
        6,
        0,
        0,
        0,
        0,
        0,
        0,
        ni,
        nj,
        0,
        0,
        20000000,
        109600000,
        48,
        20000000 + (nj - 1) * step,
        109600000 + (ni - 1) * step,
        step,
        step,
        64,
    )
    s3 = sec(3, g)
    s4 = sec(4, struct.pack(">HHBBBBBHBBIBBIBBI", 0, 0, cat, num, 2, 0, 0, 0, 0, 1, fh, ltype, 0, lval, 255, 0, 0))
    s5 = sec(5, struct.pack(">IHfhhBB", npts, 0, 273.15, 0, 1, bits, 0))
    s6 = sec(6, b"\xff")
    s7 = sec(7, c.rnd.randbytes((npts * bits + 7) // 8))
    rest = s1 + s3 + s4 + s5 + s6 + s7 + b"7777"
    return b"GRIB\x00\x00\x00\x02" + struct.pack(">Q", 16 + len(rest)) + rest


def nc_name(name: str) -> bytes:
    raw = name.encode()
    return struct.pack(">I", len(raw)) + raw + b"\x00" * (-len(raw) % 4)


def netcdf3(c: Corpus, title: str) -> bytes:
    """A NetCDF classic (CDF-1) file: dims time/lat/lon, a title attribute, lat, lon and one float variable."""
    nt, ny, nx = c.num(1, 4), c.num(4, 12), c.num(4, 16)
    dims = [("time", nt), ("lat", ny), ("lon", nx)]
    var = c.pick(["sst", "t2m", "qpe", "rain24"])
    vars_ = [("lat", [1], ny), ("lon", [2], nx), (var, [0, 1, 2], nt * ny * nx)]
    head = b"CDF\x01" + struct.pack(">I", 0)
    head += struct.pack(">II", 0x0A, len(dims)) + b"".join(nc_name(n) + struct.pack(">I", s) for n, s in dims)
    text = title.encode()
    head += struct.pack(">II", 0x0C, 1) + nc_name("title") + struct.pack(">II", 2, len(text)) + text
    head += b"\x00" * (-len(text) % 4)

    def var_list(begins: list[int]) -> bytes:
        out = struct.pack(">II", 0x0B, len(vars_))
        for (name, ids, count), begin in zip(vars_, begins, strict=True):
            out += nc_name(name) + struct.pack(">I", len(ids)) + b"".join(struct.pack(">I", i) for i in ids)
            out += b"\x00" * 8 + struct.pack(">III", 5, count * 4, begin)
        return out

    size = len(head) + len(var_list([0] * len(vars_)))
    begins = []
    for _name, _ids, count in vars_:
        begins.append(size)
        size += count * 4
    data = b"".join(struct.pack(f">{n}f", *(c.num(0, 4000) / 100 for _ in range(n))) for _v, _i, n in vars_)
    return head + var_list(begins) + data


def hdf5(c: Corpus, size: int) -> bytes:
    """An HDF5 (NetCDF-4) file's superblock v0 (offsets and lengths of 8 bytes, its end-of-file address) and data."""
    total = 96 + size
    sb = b"\x89HDF\r\n\x1a\n" + bytes([0, 0, 0, 0, 0, 8, 8, 0]) + struct.pack("<HHI", 4, 16, 0)
    sb += struct.pack("<QQQQ", 0, 0xFFFFFFFFFFFFFFFF, total, 0xFFFFFFFFFFFFFFFF)
    sb += struct.pack("<QQII", 0, 96, 1, 0) + b"\x00" * 16
    return sb + c.rnd.randbytes(total - len(sb))


def idx_lines(c: Corpus, run: datetime, fh: int) -> list[tuple[int, str, int]]:
    """A wgrib2 inventory: (message number, line, start byte); each message starts where the last ended."""
    out, start = [], 0
    for i, (_c, _n, name, lev, _t, _v) in enumerate(GRIB_VARS, 1):
        when = "anl" if fh == 0 else (f"0-{fh} hour acc fcst" if name == "APCP" else f"{fh} hour fcst")
        out.append((i, f"{i}:{start}:d={run:%Y%m%d%H}:{name}:{lev}:{when}:", start))
        start += c.num(40000, 260000)
    return out


NCDUMP_Q = [
    "打开 文件 时 报 NetCDF: HDF error, 是 文件 不完整 吗?",
    "time 的 units 读 出来 不对, 请问 是 UTC 还是 北京时?",
    "用 xarray 打开 后 lat 是 倒序 的, 怎么 处理?",
]


@family("grib-netcdf-files")
def grib_netcdf_files(c: Corpus) -> None:
    f = "grib-netcdf-files"
    ref = f"{SITE}/nwp/data/index.html"
    for _ in range(N):
        run = season(c, False) + timedelta(hours=c.pick([0, 12]))
        fh = c.pick([0, 6, 12, 24, 48, 72])
        data = b"".join(grib2(c, run, fh, v) for v in c.sample(GRIB_VARS, c.num(1, 3)))
        name = f"gdwrf.t{run:%H}z.f{fh:03d}.grib2"
        h, body = upload(c, [("run", f"{run:%Y%m%d%H}"), ("file", (name, "application/octet-stream", data))], ref, 0.0)
        c.add(f, "grib2-upload", "POST", "/nwp/api/upload", authed(h, c), body)
    for _ in range(N):
        d = season(c, False)
        data = netcdf3(c, c.pick(["Guangdong SST daily", "GD WRF 3km T2", "广东 雷达 QPE"]))
        h, body = upload(
            c, [("dataset", "user-upload"), ("file", (f"obs_{d:%Y%m%d}.nc", "application/x-netcdf", data))], ref, 0.0
        )
        c.add(f, "netcdf3-upload", "POST", "/nwp/api/upload", authed(h, c), body)
    for _ in range(N):
        d = season(c, False)
        data = hdf5(c, c.num(1500, 4000))
        h, body = upload(
            c,
            [("dataset", "user-upload"), ("file", (f"gdwrf_d02_{d:%Y%m%d}00.nc4", "application/x-hdf5", data))],
            ref,
            0.0,
        )
        c.add(f, "hdf5-upload", "POST", "/nwp/api/upload", authed(h, c), body)
    for _ in range(N):
        run = season(c, False) + timedelta(hours=c.pick([0, 12]))
        c.add(
            f,
            "grib-idx-get",
            "GET",
            f"/nwp/data/gdwrf.{run:%Y%m%d}/{run:%H}/gdwrf.t{run:%H}z.f{c.pick([0, 6, 12, 24]):03d}.grib2.idx",
            data_client(c, "requests"),
        )
    for _ in range(N):
        run = season(c, False) + timedelta(hours=c.pick([0, 12]))
        fh = c.pick([6, 12, 24, 36])
        lines = idx_lines(c, run, fh)
        k = c.num(0, len(lines) - 2)
        rng = f"bytes={lines[k][2]}-{lines[k + 1][2] - 1}"
        c.add(
            f,
            "grib-range-get",
            "GET",
            f"/nwp/data/gdwrf.{run:%Y%m%d}/{run:%H}/gdwrf.t{run:%H}z.f{fh:03d}.grib2",
            data_client(c, c.pick(["requests", "curl"]), extra={"Range": rng}),
        )
    for _ in range(N):
        run = season(c, False) + timedelta(hours=c.pick([0, 12]))
        w, s, e, n = sub_box(c)
        q = [
            ("file", f"gdwrf.t{run:%H}z.f{c.pick([6, 12, 24]):03d}.grib2"),
            ("lev_2_m_above_ground", "on"),
            *((f"var_{v}", "on") for v in c.sample(["TMP", "RH", "APCP", "UGRD", "VGRD"], c.num(1, 3))),
            ("subregion", ""),
            ("leftlon", w),
            ("rightlon", e),
            ("toplat", n),
            ("bottomlat", s),
            ("dir", f"/gdwrf.{run:%Y%m%d}/{run:%H}"),
        ]
        c.add(
            f,
            "grib-filter-cgi",
            "GET",
            "/cgi-bin/filter_gdwrf.pl?" + qs(q, form),
            data_client(c, c.pick(["wget", "curl", "requests"])),
        )
    for _ in range(N):
        d = season(c, False)
        h = data_client(
            c, "wget", extra={"Accept-Encoding": "identity", "If-Modified-Since": f"{d:%a, %d %b %Y} 00:00:00 GMT"}
        )
        c.add(f, "wget-mirror", "GET", f"/nwp/data/ocean/gd_sst_daily_{d:%Y%m%d}.nc", h)
    for _ in range(N):
        run = season(c, False)
        lines = [f"{c.hexs(32)}  gdwrf.t00z.f{fh:03d}.grib2" for fh in range(0, c.num(2, 8) * 6, 6)]
        h = data_client(c, "go", "application/json", "text/plain; charset=utf-8", {"X-Run": f"{run:%Y%m%d}00"})
        c.add(f, "sha256-manifest", "POST", "/nwp/api/manifest", h, "\n".join(lines) + "\n")
    for _ in range(N):
        nt = c.num(24, 73)
        var = c.pick(["T2", "RAINNC"])
        dump = (
            f"netcdf gdwrf_d02_2027{c.num(6, 9):02d}{c.num(1, 28):02d}00 {{\ndimensions:\n\ttime = UNLIMITED ; "
            f"// ({nt} currently)\n\tlat = 241 ;\n\tlon = 321 ;\nvariables:\n\tdouble time(time) ;\n\t\t"
            f'time:units = "hours since 2027-06-01 00:00:00" ;\n\tfloat lat(lat) ;\n\t\tlat:units = "degrees_north" ;'
            f'\n\tfloat lon(lon) ;\n\t\tlon:units = "degrees_east" ;\n\tfloat {var}(time, lat, lon) ;\n\t\t'
            f'{var}:_FillValue = -9999.f ;\n\n// global attributes:\n\t\t:Conventions = "CF-1.8" ;\n}}\n'
        )
        doc = {"title": "NetCDF 文件 读取 问题", "question": c.pick(NCDUMP_Q), "ncdump": dump}
        c.add(f, "ncdump-question", "POST", "/nwp/api/forum/post", web(c, JSON_CT, 0.0, ref), js_doc(doc))
    navigations(
        c, f, "file-index-page", lambda: f"/nwp/data/gdwrf.{season(c, False):%Y%m%d}/{c.pick(['00', '12'])}/", ref, 0.0
    )


# --- radar-satellite-wmst ----------------------------------------------------------------------------------------

ORIGIN = 20037508.342789244  # half the EPSG:3857 world width, metres


def tile_of(lng: float, lat: float, z: int) -> tuple[int, int]:
    n = 2**z
    x = int((lng + 180) / 360 * n)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
    return x, y


def tile_bbox(x: int, y: int, z: int) -> str:
    size = 2 * ORIGIN / 2**z
    return (
        f"{-ORIGIN + x * size:.6f},{ORIGIN - (y + 1) * size:.6f},{-ORIGIN + (x + 1) * size:.6f},{ORIGIN - y * size:.6f}"
    )


def gd_tile(c: Corpus) -> tuple[int, int, int]:
    z = c.num(6, 10)
    (x0, x1), (y0, y1) = GD_BOX
    x, y = tile_of(x0 + (x1 - x0) * c.num(0, 100) / 100, y0 + (y1 - y0) * c.num(0, 100) / 100, z)
    return z, x, y


def six_min(c: Corpus) -> datetime:
    return season(c) + timedelta(minutes=6 * c.num(0, 9))


def geotiff(c: Corpus) -> bytes:
    """A little-endian GeoTIFF: one strip of 8-bit samples, ModelPixelScale, ModelTiepoint and a GeoKeyDirectory
    (geographic, pixel is area, WGS 84), the IFD's tags in ascending order."""
    w, hgt = c.pick([(64, 48), (80, 60), (96, 64)])
    w0, _s, _e, n0 = sub_box(c)
    geokeys = [1, 1, 0, 3, 1024, 0, 1, 2, 1025, 0, 1, 1, 2048, 0, 1, 4326]
    scale = struct.pack("<3d", 0.01, 0.01, 0.0)
    tie = struct.pack("<6d", 0, 0, 0, w0, n0, 0)
    keys = struct.pack(f"<{len(geokeys)}H", *geokeys)
    extra_at = 8 + 2 + 12 * 12 + 4
    strip_at = extra_at + len(scale) + len(tie) + len(keys)
    tags = [
        (256, 3, 1, w),
        (257, 3, 1, hgt),
        (258, 3, 1, 8),
        (259, 3, 1, 1),
        (262, 3, 1, 1),
        (273, 4, 1, strip_at),
        (277, 3, 1, 1),
        (278, 3, 1, hgt),
        (279, 4, 1, w * hgt),
        (33550, 12, 3, extra_at),
        (33922, 12, 6, extra_at + len(scale)),
        (34735, 3, len(geokeys), extra_at + len(scale) + len(tie)),
    ]
    ifd = struct.pack("<H", len(tags))
    for tag, typ, count, value in tags:
        one_short = typ == 3 and count == 1
        ifd += (
            struct.pack("<HHIHH", tag, typ, count, value, 0)
            if one_short
            else struct.pack("<HHII", tag, typ, count, value)
        )
    ifd += struct.pack("<I", 0)
    return b"II*\x00" + struct.pack("<I", 8) + ifd + scale + tie + keys + c.rnd.randbytes(w * hgt)


@family("radar-satellite-wmst")
def radar_satellite_wmst(c: Corpus) -> None:
    f = "radar-satellite-wmst"
    ref = f"{SITE}/radar/index.html"
    for _ in range(N):
        z, x, y = gd_tile(c)
        q = [
            ("SERVICE", "WMS"),
            ("REQUEST", "GetMap"),
            ("VERSION", "1.3.0"),
            ("LAYERS", c.pick(["radar:CR", "radar:CAPPI"])),
            ("STYLES", "default"),
            ("FORMAT", "image/png"),
            ("TRANSPARENT", "true"),
            ("WIDTH", 256),
            ("HEIGHT", 256),
            ("CRS", "EPSG:3857"),
            ("TIME", f"{six_min(c):%Y-%m-%dT%H:%M:00.000Z}"),
            ("ELEVATION", c.pick(["0.5", "1.5", "3000"])),
        ]
        path = "/geo/wms?" + qs(q, uri) + "&BBOX=" + tile_bbox(x, y, z)  # Leaflet appends the bbox unencoded
        c.add(f, "wms-time-getmap", "GET", path, img(c, ref))
    for _ in range(N):
        t1 = season(c)
        w, s, e, n = sub_box(c)
        q = [
            ("SERVICE", "WMS"),
            ("VERSION", "1.3.0"),
            ("REQUEST", "GetMap"),
            ("LAYERS", "radar:QPE"),
            ("STYLES", ""),
            ("CRS", "EPSG:4326"),
            ("BBOX", f"{s},{w},{n},{e}"),
            ("WIDTH", 768),
            ("HEIGHT", 512),
            ("FORMAT", "image/png"),
            ("TIME", f"{zt(t1 - timedelta(hours=c.pick([1, 3, 6])))}/{zt(t1)}"),
            ("DIM_PRODUCT", c.pick(["QPE_1H", "QPE_3H"])),
            ("DIM_SOURCE", c.pick(["SA", "SAD", "CD"])),
        ]
        c.add(f, "wms-dim-getmap", "GET", "/geo/wms?" + qs(q, uri), img(c, ref))
    for _ in range(N):
        q = [("SERVICE", "WMS"), ("REQUEST", "GetCapabilities"), ("VERSION", "1.3.0")]
        h = web(c, None, 0.2, ref) if c.chance(0.5) else data_client(c, c.pick(["gdal", "java"]))
        c.add(f, "wms-capabilities", "GET", "/geo/wms?" + qs(q, uri), h)
    for _ in range(N):
        z, x, y = gd_tile(c)
        c.add(
            f,
            "xyz-radar-tile",
            "GET",
            f"/tiles/radar/{c.pick(['cr', 'et', 'vil'])}/{z}/{x}/{y}.png?time={six_min(c):%Y%m%d%H%M}",
            img(c, ref),
        )
    for _ in range(N):
        t = season(c) + timedelta(minutes=15 * c.num(0, 3))
        name = (
            f"FY4B-_AGRI--_N_REGC_1330E_L1-_FDI-_MULT_NOM_{t:%Y%m%d%H%M}00_"
            f"{t + timedelta(minutes=4, seconds=17):%Y%m%d%H%M%S}_4000M_V0001.tif"
        )
        start = c.pick([0, 16384, 65536 * c.num(1, 40)])
        h = data_client(c, "gdal", extra={"Range": f"bytes={start}-{start + c.pick([16383, 65535, 262143])}"})
        c.add(f, "cog-range", "GET", f"/cog/fy4b/{t:%Y%m%d}/{name}", h)
    for _ in range(N):
        t = season(c)
        parts = [
            ("product", c.pick(["CR", "QPE_1H", "ET"])),
            ("time", f"{t:%Y%m%d%H%M}"),
            ("file", (f"Z_RADR_I_Z9200_{t:%Y%m%d%H%M}00_P_DOR_SAD_CR.tif", "image/tiff", geotiff(c))),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "geotiff-upload", "POST", "/radar/api/product/upload", authed(h, c), body)
    for _ in range(N):
        t1 = season(c)
        q = [
            ("product", c.pick(["CR", "QPE_1H", "CAPPI_3KM"])),
            ("start", f"{t1 - timedelta(hours=c.pick([1, 2, 3])):%Y%m%d%H%M}"),
            ("end", f"{t1:%Y%m%d%H%M}"),
            ("interval", 6),
        ]
        c.add(f, "frame-list", "GET", "/radar/api/frames?" + qs(q, axios), web(c, None, 0.4, ref))
    for _ in range(N):
        sid = c.pick(list(STATIONS))
        _n, lng, lat, _a = STATIONS[sid]
        q = [
            ("lon", round(lng + c.num(-30, 30) / 100, 4)),
            ("lat", round(lat + c.num(-30, 30) / 100, 4)),
            ("hours", c.pick([1, 3, 6, 24])),
        ]
        h = zhitianqi(c) if c.chance(0.6) else wx_h5(c, None, f"{SITE}/radar/m/index.html")
        c.add(f, "qpe-point", "GET", "/radar/api/qpe/point?" + qs(q, axios), h)
    for _ in range(N):
        t1 = season(c)
        w, s, e, n = sub_box(c)
        doc = {
            "bbox": [w, s, e, n],
            "start": zt(t1 - timedelta(hours=c.pick([1, 3, 6]))),
            "end": zt(t1),
            "type": c.sample(["CG", "IC"], c.num(1, 2)),
            "minCurrentKA": c.pick([0, 10, 30]),
        }
        c.add(f, "lightning-query", "POST", "/radar/api/lightning/query", web(c, JSON_CT, 0.2, ref), js_doc(doc))
    navigations(
        c, f, "radar-page", lambda: f"/radar/{c.pick(['index', 'qpe', 'satellite', 'lightning'])}.html", ref, 0.4
    )


# --- typhoon-marine-forecast ---------------------------------------------------------------------------------

TYPHOONS = [
    ("2704", "Danas", "丹娜丝"),
    ("2706", "Wipha", "韦帕"),
    ("2709", "Podul", "杨柳"),
    ("2711", "Kajiki", "剑鱼"),
    ("2713", "Lingling", "玲玲"),
    ("2715", "Mitag", "米娜"),
]
GRADES = [(51.0, 6, "SuperTY"), (41.5, 5, "STY"), (32.7, 4, "TY"), (24.5, 3, "STS"), (17.2, 2, "TS"), (10.8, 1, "TD")]
TIDE_STATIONS = {"赤湾": "T0501", "黄埔": "T0503", "闸坡": "T0611", "汕头": "T0402", "湛江": "T0705", "南澳": "T0405"}
SURGE_STATIONS = {
    "赤湾": (240, 265, 290, 320),
    "黄埔": (250, 275, 300, 330),
    "闸坡": (300, 330, 360, 395),
    "汕头": (230, 255, 285, 315),
    "湛江": (420, 450, 480, 515),
}
SURGE_LEVELS = ["蓝色", "黄色", "橙色", "红色"]


def grade_of(wind: float) -> tuple[int, str]:
    """GB/T 19201-2006: the category (CMA best-track code) and grade of a 2-minute mean wind (m/s)."""
    for floor, code, name in GRADES:
        if wind >= floor:
            return code, name
    return 0, "LOW"


def track(c: Corpus, n: int, step: int = 6) -> list[dict]:
    """A track towards 广东: 6-hourly centres moving north-west, deepening then filling."""
    t = datetime(2027, c.pick([7, 8, 9]), c.num(1, 28), c.pick([0, 6, 12, 18]))
    lat, lon = c.num(140, 180) / 10, c.num(1200, 1290) / 10
    p, out = c.num(996, 1002), []
    for i in range(n):
        p += -c.num(2, 6) if i < n * 2 // 3 else c.num(2, 8)
        p = max(935, min(1002, p))
        wind = round(max(12.0, (1010 - p) * 0.75), 1)
        out.append(
            {"time": t + timedelta(hours=step * i), "lat": round(lat, 1), "lon": round(lon, 1), "p": p, "wind": wind}
        )
        lat += c.num(2, 7) / 10
        lon -= c.num(4, 11) / 10
    return out


def best_track(c: Corpus) -> str:
    """CMA best-track text of one storm: the 66666 header (ID, line count, serial, CMA number, end flag, interval,
    name, date made) and YYYYMMDDHH I LAT LONG PRES WND lines."""
    tid, en, _zh = c.pick(TYPHOONS)
    pts = track(c, c.num(6, 16))
    head = f"66666 {tid} {len(pts):3d} {c.num(1, 40):04d} {tid} 0 6 {en:<20s}20280315"
    lines = [
        f"{p['time']:%Y%m%d%H} {grade_of(round(p['wind']))[0]} {round(p['lat'] * 10):3d} "
        f"{round(p['lon'] * 10):4d} {p['p']:4d} {round(p['wind']):6d}"
        for p in pts
    ]
    return "\n".join([head, *lines]) + "\n"


def radii(c: Corpus, wind: float) -> tuple[dict[str, int], dict[str, int]]:
    r7 = {q: c.num(150, 380) for q in ("ne", "se", "sw", "nw")}
    r10 = {q: min(v, c.num(40, 160)) for q, v in r7.items()} if wind >= 24.5 else {q: 0 for q in r7}
    return r7, r10


def tides(c: Corpus, day: datetime) -> list[tuple[str, int, str]]:
    """(time, height cm, 高/低): high and low waters alternating about 6 h 12 min apart."""
    t = day + timedelta(minutes=c.num(0, 300))
    high = c.chance(0.5)
    out = []
    while t < day + timedelta(days=1):
        out.append((f"{t:%Y-%m-%d %H:%M}", c.num(180, 260) if high else c.num(20, 110), "高潮" if high else "低潮"))
        t += timedelta(minutes=c.num(345, 400))
        high = not high
    return out


@family("typhoon-marine-forecast")
def typhoon_marine_forecast(c: Corpus) -> None:
    f = "typhoon-marine-forecast"
    ref = f"{SITE}/typhoon/index.html"
    for _ in range(N):
        h = web(c, None, 0.5, ref) if c.chance(0.5) else zhitianqi(c)
        c.add(
            f, "typhoon-list", "GET", "/typhoon/api/list?" + qs([("year", 2027), ("active", c.pick([0, 1]))], axios), h
        )
    for _ in range(N):
        tid = c.pick(TYPHOONS)[0]
        h = wx_h5(c, None, f"{SITE}/typhoon/m/index.html") if c.chance(0.5) else web(c, None, 0.5, ref)
        c.add(f, "track-get", "GET", f"/typhoon/api/track/2027{tid[2:]}?" + qs([("with", "forecast")], axios), h)
    for _ in range(N):
        tid, en, zh = c.pick(TYPHOONS)
        pts = track(c, c.num(4, 8), 12)
        out = []
        for p in pts:
            r7, r10 = radii(c, p["wind"])
            out.append(
                {
                    "time": zt(p["time"]),
                    "lat": p["lat"],
                    "lon": p["lon"],
                    "pressure": p["p"],
                    "wind": p["wind"],
                    "grade": grade_of(p["wind"])[1],
                    "radius7": r7,
                    "radius10": r10,
                }
            )
        doc = {
            "tfid": f"20{tid}",
            "name": zh,
            "enName": en,
            "center": "BABJ",
            "issueTime": zt(pts[0]["time"]),
            "points": out,
        }
        c.add(
            f, "forecast-push", "POST", "/typhoon/api/forecast/push", data_client(c, "java", ctype=JSON_CT), js_doc(doc)
        )
    for _ in range(N):
        data = best_track(c).encode()
        h, body = upload(
            c, [("year", "2027"), ("file", (f"CH2027BST_{c.digits(3)}.txt", "text/plain", data))], ref, 0.0
        )
        c.add(f, "best-track-upload", "POST", "/typhoon/api/besttrack/upload", authed(h, c), body)
    for _ in range(N):
        sid = c.pick(list(STATIONS))
        _n, lng, lat, _a = STATIONS[sid]
        q = [("tfid", f"2027{c.pick(TYPHOONS)[0][2:]}"), ("lon", lng), ("lat", lat)]
        h = wx_h5(c, None, f"{SITE}/typhoon/m/index.html") if c.chance(0.5) else zhitianqi(c)
        c.add(f, "distance-query", "GET", "/typhoon/api/distance?" + qs(q, axios), h)
    for _ in range(N):
        st = c.pick(list(TIDE_STATIONS))
        q = [
            ("station", st),
            ("code", TIDE_STATIONS[st]),
            ("date", f"{season(c, False):%Y-%m-%d}"),
            ("days", c.pick([1, 3, 7])),
        ]
        h = wx_h5(c, None, f"{SITE}/hy/m/tide.html") if c.chance(0.4) else web(c, None, 0.5, f"{SITE}/hy/tide.html")
        c.add(f, "tide-query", "GET", "/hy/api/tide?" + qs(q, axios), h)
    for _ in range(N):
        st = c.pick(list(TIDE_STATIONS))
        day = season(c, False)
        rows = [["站名", "站码", "时间", "潮高(cm)", "潮型"]]
        for _d in range(c.num(1, 3)):
            rows += [[st, TIDE_STATIONS[st], *x] for x in tides(c, day)]
            day += timedelta(days=1)
        h, body = upload(
            c,
            [
                ("station", TIDE_STATIONS[st]),
                ("file", (f"潮汐表_{st}_{day:%Y%m}.csv", "text/csv", csv_text(rows, True))),
            ],
            ref,
            0.0,
        )
        c.add(f, "tide-table-upload", "POST", "/hy/api/tide/upload", authed(h, c), body)
    for _ in range(N):
        t0 = season(c, False)
        q = [
            ("area", c.pick(["粤东 近海", "珠江口 外海", "粤西 近海", "北部湾 北部"])),
            ("start", zt(t0)),
            ("hours", c.pick([24, 48, 72])),
            ("elements", "hs,tp,dir"),
        ]
        c.add(f, "wave-forecast", "GET", "/hy/api/wave?" + qs(q, axios), web(c, None, 0.5, f"{SITE}/hy/wave.html"))
    for _ in range(N):
        t = season(c)
        stations = []
        for st in c.sample(list(SURGE_STATIONS), c.num(1, 4)):
            warn = SURGE_STATIONS[st]
            astro, surge = c.num(150, 330), c.num(20, 180)
            total = astro + surge
            reached = [SURGE_LEVELS[i] for i, v in enumerate(warn) if total >= v]
            stations.append(
                {
                    "station": st,
                    "astro": astro,
                    "surge": surge,
                    "total": total,
                    "warn": dict(zip(SURGE_LEVELS, warn, strict=True)),
                    "level": reached[-1] if reached else "",
                }
            )
        levels = [s["level"] for s in stations if s["level"]]
        doc = {
            "issued": zt(t),
            "typhoon": f"2027{c.pick(TYPHOONS)[0][2:]}",
            "stations": stations,
            "level": max(levels, key=SURGE_LEVELS.index) if levels else "",
        }
        c.add(
            f, "surge-warning-push", "POST", "/hy/api/surge/push", data_client(c, "apache", ctype=JSON_CT), js_doc(doc)
        )
    navigations(c, f, "typhoon-page", lambda: f"/typhoon/index.html?tfid=2027{c.pick(TYPHOONS)[0][2:]}", ref, 0.5)
    navigations(c, f, "marine-page", lambda: f"/hy/{c.pick(['tide', 'wave', 'surge', 'sst'])}.html", ref, 0.4)


# --- climate-data-request -------------------------------------------------------------------------------------------

ELEMENTS = {
    "TEM": "气温",
    "RHU": "相对湿度",
    "PRE_1h": "小时降水量",
    "PRS": "气压",
    "WIN_S_Avg_2mi": "2分钟平均风速",
    "VIS": "能见度",
    "SSH": "日照时数",
}
FORMULAS = [
    ("Td = T - ((100 - RH)/5)", ["T", "RH"]),
    ("AT = 1.07*T + 0.2*e - 0.65*V - 2.7", ["T", "e", "V"]),
    ("e = RH/100 * 6.105 * exp(17.27*T/(237.7 + T))", ["RH", "T"]),
    ("HI = T + 0.5555*(6.11*exp(5417.753*(1/273.16 - 1/(273.15 + Td))) - 10)", ["T", "Td"]),
    ("GDD = max(0, (Tmax + Tmin)/2 - 10)", ["Tmax", "Tmin"]),
]
VAR_CODES = {
    "T": "TEM",
    "RH": "RHU",
    "e": "VAP",
    "V": "WIN_S_Avg_2mi",
    "Td": "DPT",
    "Tmax": "TEM_Max",
    "Tmin": "TEM_Min",
}  # the formulas' symbols as CMA element codes
SNIPPETS = {
    "python": "import xarray as xr\n\nurl = 'https://example.gov.cn/thredds/dodsC/gd/wrf/2027070700/"
    "gdwrf_d02_2027070700.nc'\nds = xr.open_dataset(url)\nt2 = ds['T2'].sel(time=slice('2027-07-07', "
    "'2027-07-08')) - 273.15\nprint(t2.mean(dim=['lat', 'lon']).values)\n",
    "ncl": 'f = addfile("gdwrf_d02_2027070700.nc", "r")\nt2 = f->T2(0,:,:)\nt2 = t2 - 273.15\n'
    'wks = gsn_open_wks("png", "t2")\nres = True\nres@cnFillOn = True\nplot = gsn_csm_contour_map(wks, t2, res)\n',
    "r": 'library(ncdf4)\nnc <- nc_open("gd_sst_daily_2027.nc")\nsst <- ncvar_get(nc, "sst", start = c(1, 1, 180), '
    "count = c(-1, -1, 1))\nimage(sst)\nnc_close(nc)\n",
    "matlab": "t = ncread('gdwrf_d02_2027070700.nc', 'T2', [1 1 1], [Inf Inf 1]);\nimagesc(t' - 273.15); colorbar;\n",
}


@family("climate-data-request")
def climate_data_request(c: Corpus) -> None:
    f = "climate-data-request"
    ref = f"{SITE}/zlsq/index.html"
    for _ in range(N):
        d0 = SEASON0.replace(year=c.num(1991, 2020), month=c.num(1, 12))
        expr, _v = c.pick(FORMULAS)
        fields = [
            ("category", c.pick(["地面 逐小时", "地面 日值", "高空 规定 层"])),
            ("elements", ",".join(c.sample(list(ELEMENTS), c.num(2, 5)))),
            ("stations", c.pick([",".join(c.sample(list(STATIONS), c.num(2, 6))), "59082-59316"])),
            ("start", f"{d0:%Y-%m-%d}"),
            ("end", f"{d0.replace(year=min(2026, d0.year + c.num(1, 30))):%Y-%m-%d}"),
            ("derived", expr),
            ("format", c.pick(["csv", "netcdf"])),
            (
                "purpose",
                c.pick(
                    [
                        f"国家自然科学基金 项目 (批准号 4237{c.digits(4)}) 研究 用",
                        "硕士 论文: 珠三角 城市 热岛 与 降水 的 关系",
                        "省 重点 研发 计划 子课题",
                    ]
                ),
            ),
        ]
        c.add(f, "apply-form", "POST", "/zlsq/apply/save.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        expr, names = c.pick(FORMULAS)
        doc = {"expr": expr, "vars": {n: VAR_CODES[n] for n in names}, "unit": c.pick(["℃", "hPa", "℃·d"])}
        c.add(f, "formula-check", "POST", "/zlsq/api/formula/check", web(c, JSON_CT, 0.0, ref), js_doc(doc))
    for _ in range(N):
        lang = c.pick(list(SNIPPETS))
        doc = {
            "docId": f"zlsq-guide-{c.num(1, 40)}",
            "lang": lang,
            "text": c.pick(["我 是 这样 读 的, 供 参考:\n", "按 说明 写 了 下面 的 代码, 第 3 行 报错:\n", ""])
            + SNIPPETS[lang],
        }
        c.add(f, "snippet-comment", "POST", "/zlsq/api/comment", authed(web(c, JSON_CT, 0.1, ref), c), js_doc(doc))
    for _ in range(N):
        parts = [
            ("applyNo", f"ZLSQ2027{c.digits(6)}"),
            ("letter", ("申请函.pdf", "application/pdf", pdf_head(c, c.num(600, 1400)))),
            (
                "pledge",
                (
                    "数据使用承诺书.docx",
                    DOCX_CT,
                    docx(
                        [
                            "数据 使用 承诺书",
                            "本人 承诺 所 申请 资料 仅 用于 科研, 不 向 第三方 提供。",
                            f"申请人: {c.person()}",
                        ]
                    ),
                ),
            ),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "letter-upload", "POST", "/zlsq/api/attachments", authed(h, c), body)
    for _ in range(N):
        c.add(f, "order-status", "GET", f"/zlsq/api/orders/ZLSQ2027{c.digits(6)}", authed(web(c, None, 0.3, ref), c))
    for _ in range(N):
        q = [
            ("doi", f"10.12345/gdqx.{c.pick(['surf', 'upar', 'radar'])}.{c.num(2019, 2027)}.{c.digits(3)}"),
            ("format", c.pick(["bibtex", "ris", "gb7714"])),
        ]
        c.add(f, "citation", "GET", "/zlsq/api/cite?" + qs(q, axios), web(c, None, 0.1, ref))
    for _ in range(N):
        w, s, e, n = sub_box(c)
        q = [("bbox", f"{w},{s},{e},{n}"), ("level", c.pick(["national", "regional"]))]
        c.add(f, "station-picker", "GET", "/zlsq/api/stations?" + qs(q, axios), web(c, None, 0.0, ref))
    for _ in range(N):
        q = [
            (
                "q",
                c.pick(
                    [
                        "air_temperature",
                        "precipitation_amount",
                        "standard_name:relative_humidity",
                        "相对湿度",
                        "wind_speed",
                    ]
                ),
            ),
            ("page", 1),
        ]
        c.add(f, "variable-search", "GET", "/zlsq/api/variables?" + qs(q, axios), web(c, None, 0.1, ref))
    for _ in range(N):
        fields = [
            ("applyNo", f"ZLSQ2027{c.digits(6)}"),
            ("agree", "1"),
            ("signer", c.person()),
            ("org", c.pick(["中山大学 大气科学学院", "广东省 气候 中心", "南方 科技 大学 海洋 系"])),
        ]
        c.add(f, "agreement-sign", "POST", "/zlsq/agreement/sign.do", jq_form(c, ref, 0.0), qs(fields, jq))
    navigations(c, f, "portal-page", lambda: f"/zlsq/{c.pick(['index', 'guide', 'catalog', 'faq'])}.html", ref, 0.2)


# --- nwp-model-ops ------------------------------------------------------------------------------------------------

SLURM_KEY = b"af-test-slurm-jwt-key-0001"  # the test cluster's jwt_hs256.key stand-in


def domain(c: Corpus) -> dict:
    """Two WRF domains: the nest's sizes fit its parent ratio and lie inside the parent."""
    ratio = 3
    e_we, e_sn = c.num(200, 260), c.num(160, 200)
    n_we, n_sn = ratio * c.num(80, 110) + 1, ratio * c.num(60, 80) + 1
    i0 = c.num(10, e_we - (n_we - 1) // ratio - 10)
    j0 = c.num(10, e_sn - (n_sn - 1) // ratio - 10)
    return {
        "e_we": [e_we, n_we],
        "e_sn": [e_sn, n_sn],
        "i_parent_start": [1, i0],
        "j_parent_start": [1, j0],
        "parent_grid_ratio": [1, ratio],
        "parent_id": [1, 1],
        "dx": 9000,
        "ref_lat": 23.0,
        "ref_lon": 113.5,
    }


def nl(key: str, values: list[object]) -> str:
    return f" {key:<36s}= " + ", ".join(str(v) for v in values) + ","


def namelist_input(c: Corpus, run: datetime, hours: int, d: dict) -> str:
    end = run + timedelta(hours=hours)
    lines = ["&time_control", nl("run_days", [0]), nl("run_hours", [hours])]
    for key, fmt in (("year", "%Y"), ("month", "%m"), ("day", "%d"), ("hour", "%H")):
        lines += [nl(f"start_{key}", [f"{run:{fmt}}"] * 2)]
    for key, fmt in (("year", "%Y"), ("month", "%m"), ("day", "%d"), ("hour", "%H")):
        lines += [nl(f"end_{key}", [f"{end:{fmt}}"] * 2)]
    lines += [
        nl("interval_seconds", [10800]),
        nl("input_from_file", [".true.", ".true."]),
        nl("history_interval", [180, 60]),
        nl("frames_per_outfile", [1, 1]),
        "/",
        "",
        "&domains",
        nl("time_step", [c.pick([45, 54])]),
        nl("max_dom", [2]),
    ]
    for key in ("e_we", "e_sn"):
        lines.append(nl(key, d[key]))
    lines += [nl("e_vert", [45, 45]), nl("dx", [d["dx"]]), nl("dy", [d["dx"]])]
    for key in ("parent_id", "i_parent_start", "j_parent_start", "parent_grid_ratio"):
        lines.append(nl(key, d[key]))
    lines += [
        nl("feedback", [1]),
        "/",
        "",
        "&physics",
        nl("mp_physics", [8, 8]),
        nl("ra_lw_physics", [4, 4]),
        nl("ra_sw_physics", [4, 4]),
        nl("sf_sfclay_physics", [1, 1]),
        nl("bl_pbl_physics", [1, 1]),
        nl("cu_physics", [c.pick([1, 3]), 0]),
        "/",
        "",
    ]
    return "\n".join(lines) + "\n"


def namelist_wps(run: datetime, hours: int, d: dict) -> str:
    end = run + timedelta(hours=hours)
    lines = [
        "&share",
        " wrf_core = 'ARW',",
        " max_dom = 2,",
        f" start_date = '{run:%Y-%m-%d_%H:%M:%S}','{run:%Y-%m-%d_%H:%M:%S}',",
        f" end_date   = '{end:%Y-%m-%d_%H:%M:%S}','{end:%Y-%m-%d_%H:%M:%S}',",
        " interval_seconds = 10800,",
        "/",
        "",
        "&geogrid",
    ]
    for key in ("parent_id", "parent_grid_ratio", "i_parent_start", "j_parent_start", "e_we", "e_sn"):
        lines.append(f" {key} = " + ", ".join(map(str, d[key])) + ",")
    lines += [
        " geog_data_res = 'default','default',",
        f" dx = {d['dx']},",
        f" dy = {d['dx']},",
        " map_proj = 'lambert',",
        f" ref_lat = {d['ref_lat']},",
        f" ref_lon = {d['ref_lon']},",
        " truelat1 = 30.0,",
        " truelat2 = 60.0,",
        f" stand_lon = {d['ref_lon']},",
        " geog_data_path = '/public/nwp/WPS_GEOG/'",
        "/",
        "",
        "&ungrib",
        " out_format = 'WPS',",
        " prefix = 'FILE',",
        "/",
        "",
        "&metgrid",
        " fg_name = 'FILE'",
        "/",
        "",
    ]
    return "\n".join(lines) + "\n"


def jwt_hs256(claims: dict, key: bytes) -> str:
    def b64(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    head = b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64(json.dumps(claims, separators=(",", ":")).encode())
    sig = hmac.new(key, f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{b64(sig)}"


def slurm_headers(c: Corpus, ctype: str | None = None) -> tuple[dict[str, str], str]:
    user = c.pick(["nwpops", "wrfrun", "gdqx_hpc"])
    iat = int((season(c) - datetime(1970, 1, 1)).total_seconds())
    token = jwt_hs256({"exp": iat + 3600, "iat": iat, "sun": user}, SLURM_KEY)
    h = data_client(c, "requests", "application/json", ctype, {"X-SLURM-USER-NAME": user, "X-SLURM-USER-TOKEN": token})
    return h, user


GRADS_VARS = [
    ("t2", "2m temperature (K)"),
    ("rh2", "2m relative humidity (%)"),
    ("rain", "hourly precipitation (mm)"),
    ("u10", "10m u wind (m/s)"),
    ("v10", "10m v wind (m/s)"),
    ("slp", "sea level pressure (hPa)"),
]


def grads_ctl(c: Corpus, run: datetime) -> str:
    nv = c.sample(GRADS_VARS, c.num(2, 6))
    mon = run.strftime("%b").upper()
    lines = [
        f"DSET ^gdwrf_d02_{run:%Y%m%d%H}.dat",
        "TITLE GD WRF 3km hourly output",
        "UNDEF -9.99e+08",
        "OPTIONS big_endian",
        "XDEF 321 LINEAR 109.5 0.025",
        "YDEF 241 LINEAR 20.0 0.025",
        "ZDEF 1 LEVELS 1000",
        f"TDEF {c.num(25, 73)} LINEAR {run:%H}Z{run:%d}{mon}{run:%Y} 1hr",
        f"VARS {len(nv)}",
        *(f"{n:<8s}0 99 {desc}" for n, desc in nv),
        "ENDVARS",
    ]
    return "\n".join(lines) + "\n"


def scores(c: Corpus, threshold: float) -> dict:
    """Contingency counts of a 24 h precipitation threshold and the TS and ETS they give."""
    hits, misses, fa = c.num(5, 80), c.num(2, 60), c.num(2, 60)
    total = hits + misses + fa + c.num(200, 900)
    rnd = (hits + misses) * (hits + fa) / total
    return {
        "threshold": threshold,
        "hits": hits,
        "misses": misses,
        "falseAlarms": fa,
        "correctNegatives": total - hits - misses - fa,
        "ts": round(hits / (hits + misses + fa), 4),
        "ets": round((hits - rnd) / (hits + misses + fa - rnd), 4),
    }


@family("nwp-model-ops")
def nwp_model_ops(c: Corpus) -> None:
    f = "nwp-model-ops"
    ref = f"{SITE}/nwp/console/index.html"
    for _ in range(N):
        run = season(c, False) + timedelta(hours=c.pick([0, 12]))
        text = namelist_input(c, run, c.pick([48, 72]), domain(c))
        h, body = upload(
            c, [("case", f"gd{run:%Y%m%d%H}"), ("file", ("namelist.input", "text/plain", text.encode()))], ref, 0.0
        )
        c.add(f, "namelist-upload", "POST", "/nwp/api/cases/namelist", authed(h, c), body)
    for _ in range(N):
        run = season(c, False) + timedelta(hours=c.pick([0, 12]))
        h = data_client(c, "requests", "application/json", "text/plain; charset=utf-8")
        c.add(
            f,
            "namelist-wps-post",
            "POST",
            f"/nwp/api/cases/gd{run:%Y%m%d%H}/wps",
            h,
            namelist_wps(run, c.pick([48, 72]), domain(c)),
        )
    for _ in range(N):
        run = season(c, False) + timedelta(hours=c.pick([0, 12]))
        nodes, per = c.pick([4, 8, 16]), 64
        h, user = slurm_headers(c, JSON_CT)
        script = (
            f"#!/bin/bash\n#SBATCH --job-name=wrf_gd_{run:%Y%m%d%H}\n#SBATCH --nodes={nodes}\n"
            f"#SBATCH --ntasks={nodes * per}\n#SBATCH --time=03:00:00\nmodule load intel/2021 wrf/4.5.2\n"
            f"cd /public/nwp/run/{run:%Y%m%d%H}\nsrun ./wrf.exe\n"
        )
        doc = {
            "job": {
                "name": f"wrf_gd_{run:%Y%m%d%H}",
                "partition": "nwp",
                "nodes": str(nodes),
                "tasks": nodes * per,
                "current_working_directory": f"/public/nwp/run/{run:%Y%m%d%H}",
                "environment": ["PATH=/usr/local/bin:/usr/bin:/bin", "OMP_NUM_THREADS=1", f"USER={user}"],
                "time_limit": {"set": True, "infinite": False, "number": 180},
                "script": script,
            }
        }
        c.add(f, "slurm-submit", "POST", "/slurm/v0.0.40/job/submit", h, js_doc(doc))
    for _ in range(N):
        h, _u = slurm_headers(c)
        since = int((season(c) - datetime(1970, 1, 1)).total_seconds())
        c.add(f, "slurm-jobs", "GET", "/slurm/v0.0.40/jobs?" + qs([("update_time", since)], form), h)
    for _ in range(N):
        run = season(c, False) + timedelta(hours=c.pick([0, 12]))
        h, body = upload(
            c, [("file", (f"gdwrf_d02_{run:%Y%m%d%H}.ctl", "text/plain", grads_ctl(c, run).encode()))], ref, 0.0
        )
        c.add(f, "grads-ctl-upload", "POST", "/nwp/api/products/ctl", authed(h, c), body)
    for _ in range(N):
        run = season(c, False) + timedelta(hours=c.pick([0, 12]))
        t = run + timedelta(hours=3, minutes=c.num(0, 40))
        tasks = []
        for name in ("ungrib", "metgrid", "real", "wrf", "post"):
            dur = timedelta(minutes=c.num(2, 10) if name != "wrf" else c.num(60, 150))
            tasks.append({"name": name, "state": "complete", "start": zt(t), "end": zt(t + dur)})
            t += dur + timedelta(seconds=c.num(5, 60))
        k = c.num(1, len(tasks))
        tasks = tasks[:k]
        if c.chance(0.5):
            tasks[-1] = {**tasks[-1], "state": "active", "end": None}
        doc = {"suite": "gdwrf", "cycle": f"{run:%Y%m%d%H}", "tasks": tasks}
        c.add(f, "run-status-push", "POST", "/nwp/api/runs/status", data_client(c, "go", ctype=JSON_CT), js_doc(doc))
    for _ in range(N):
        run = season(c, False)
        doc = {
            "model": c.pick(["GD-WRF-3km", "CMA-MESO", "ECMWF-HRES"]),
            "date": f"{run:%Y-%m-%d}",
            "leadHours": 24,
            "scores": [scores(c, th) for th in (0.1, 10.0, 25.0, 50.0)],
        }
        c.add(
            f,
            "verification-push",
            "POST",
            "/nwp/api/verify/scores",
            data_client(c, "requests", ctype=JSON_CT),
            js_doc(doc),
        )
    for _ in range(N):
        run = season(c, False) + timedelta(hours=c.pick([0, 12]))
        q = [("file", c.pick(["rsl.error.0000", "rsl.out.0000", "real.log"])), ("tail", c.pick([100, 200, 500]))]
        c.add(f, "log-tail", "GET", f"/nwp/api/runs/gd{run:%Y%m%d%H}/log?" + qs(q, axios), web(c, None, 0.0, ref))
    for _ in range(N):
        d = domain(c)
        q = [
            ("map_proj", "lambert"),
            ("ref_lat", d["ref_lat"]),
            ("ref_lon", d["ref_lon"]),
            ("truelat1", 30),
            ("truelat2", 60),
            ("dx", d["dx"]),
            ("e_we", d["e_we"][0]),
            ("e_sn", d["e_sn"][0]),
        ]
        c.add(f, "domain-preview", "GET", "/nwp/api/domain/preview?" + qs(q, axios), web(c, None, 0.0, ref))
    navigations(c, f, "case-page", lambda: f"/nwp/console/cases/gd{season(c, False):%Y%m%d}00.html", ref, 0.0)


# --- hydrology-sos-waterml ---------------------------------------------------------------------------------------

HYDRO = {  # 测站 编码: (站名, 河流, 经度, 纬度) — this generator's table
    "81200400": ("高要", "西江", 112.46, 23.05),
    "81500600": ("石角", "北江", 112.95, 23.57),
    "81700300": ("博罗", "东江", 114.29, 23.17),
    "81900200": ("潮安", "韩江", 116.68, 23.47),
    "81300800": ("马口", "西江", 112.80, 23.12),
}
SOS_PROPS = {"WaterLevel": "m", "Discharge": "m3/s", "Rainfall": "mm"}
SOS_NS = (
    'xmlns:sos="http://www.opengis.net/sos/2.0" xmlns:om="http://www.opengis.net/om/2.0" '
    'xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
)


def sos_kvp(c: Corpus, params: list[tuple[str, object]]) -> str:
    """A KVP query: a Java client sends it raw, python-requests encodes it."""
    if c.chance(0.5):
        return "&".join(f"{k}={v}" for k, v in params)
    return qs(params, form)


def level_series(c: Corpus, t0: datetime, n: int, base: float) -> list[tuple[str, float]]:
    out, v = [], base
    for i in range(n):
        v = round(v + c.num(-8, 12) / 100, 2)
        out.append((zt(t0 + timedelta(hours=i)), v))
    return out


def insert_observation(c: Corpus, stcd: str) -> str:
    t = season(c)
    prop = c.pick(list(SOS_PROPS))
    value = c.num(150, 2500) / 100 if prop == "WaterLevel" else c.num(100, 25000) / 10
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<sos:InsertObservation service="SOS" version="2.0.0" {SOS_NS}>\n'
        f"  <sos:offering>urn:gd:swj:offering:{stcd}</sos:offering>\n  <sos:observation>\n"
        f'    <om:OM_Observation gml:id="o_{c.hexs(4)}">\n'
        '      <om:type xlink:href="http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement"/>\n'
        f'      <om:phenomenonTime><gml:TimeInstant gml:id="t1"><gml:timePosition>{zt(t)}</gml:timePosition>'
        "</gml:TimeInstant></om:phenomenonTime>\n"
        '      <om:resultTime xlink:href="#t1"/>\n'
        f'      <om:procedure xlink:href="urn:gd:swj:procedure:{stcd}"/>\n'
        f'      <om:observedProperty xlink:href="urn:gd:swj:property:{prop}"/>\n'
        f'      <om:featureOfInterest xlink:href="urn:gd:swj:station:{stcd}"/>\n'
        f'      <om:result xsi:type="gml:MeasureType" uom="{SOS_PROPS[prop]}">{value}</om:result>\n'
        "    </om:OM_Observation>\n  </sos:observation>\n</sos:InsertObservation>\n"
    )


def waterml(c: Corpus, stcd: str) -> str:
    name, river, _x, _y = HYDRO[stcd]
    pts = level_series(c, season(c), c.num(6, 24), c.num(300, 1500) / 100)
    points = "".join(
        f"        <wml2:point><wml2:MeasurementTVP><wml2:time>{t}</wml2:time><wml2:value>{v}</wml2:value>"
        "</wml2:MeasurementTVP></wml2:point>\n"
        for t, v in pts
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<wml2:Collection xmlns:wml2="http://www.opengis.net/waterml/2.0" '
        'xmlns:om="http://www.opengis.net/om/2.0" xmlns:gml="http://www.opengis.net/gml/3.2" '
        f'xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="C_{stcd}">\n'
        f"  <gml:description>{river} {name} 站 水位 (m, 珠江 基面)</gml:description>\n"
        f'  <wml2:observationMember><om:OM_Observation gml:id="obs_{stcd}">\n'
        f'    <om:phenomenonTime><gml:TimePeriod gml:id="tp1"><gml:beginPosition>{pts[0][0]}</gml:beginPosition>'
        f"<gml:endPosition>{pts[-1][0]}</gml:endPosition></gml:TimePeriod></om:phenomenonTime>\n"
        f'    <om:procedure xlink:href="urn:gd:swj:procedure:{stcd}"/>\n'
        '    <om:observedProperty xlink:href="urn:gd:swj:property:WaterLevel"/>\n'
        f'    <om:featureOfInterest xlink:href="urn:gd:swj:station:{stcd}"/>\n'
        f'    <om:result><wml2:MeasurementTimeseries gml:id="ts_{stcd}">\n'
        '        <wml2:defaultPointMetadata><wml2:DefaultTVPMeasurementMetadata><wml2:uom code="m"/>'
        "</wml2:DefaultTVPMeasurementMetadata></wml2:defaultPointMetadata>\n"
        f"{points}"
        "    </wml2:MeasurementTimeseries></om:result>\n  </om:OM_Observation></wml2:observationMember>\n"
        "</wml2:Collection>\n"
    )


@family("hydrology-sos-waterml")
def hydrology_sos_waterml(c: Corpus) -> None:
    f = "hydrology-sos-waterml"
    ref = f"{SITE}/sos/client/index.html"
    for _ in range(N):
        q = [
            ("service", "SOS"),
            ("request", "GetCapabilities"),
            ("AcceptVersions", "2.0.0"),
            ("Sections", c.pick(["Contents", "OperationsMetadata,Contents", "All"])),
        ]
        c.add(
            f, "sos-capabilities", "GET", "/sos/service?" + sos_kvp(c, q), data_client(c, c.pick(["java", "requests"]))
        )
    for _ in range(N):
        stcd = c.pick(list(HYDRO))
        t0 = season(c)
        q = [
            ("service", "SOS"),
            ("version", "2.0.0"),
            ("request", "GetObservation"),
            ("offering", f"urn:gd:swj:offering:{stcd}"),
            ("observedProperty", f"urn:gd:swj:property:{c.pick(list(SOS_PROPS))}"),
            ("temporalFilter", f"om:phenomenonTime,{zt(t0)}/{zt(t0 + timedelta(hours=c.num(6, 168)))}"),
            ("responseFormat", "http://www.opengis.net/waterml/2.0"),
        ]
        c.add(
            f,
            "sos-getobservation",
            "GET",
            "/sos/service?" + sos_kvp(c, q),
            data_client(c, c.pick(["java", "requests", "httr"])),
        )
    for _ in range(N):
        q = [
            ("service", "SOS"),
            ("version", "2.0.0"),
            ("request", "DescribeSensor"),
            ("procedure", f"urn:gd:swj:procedure:{c.pick(list(HYDRO))}"),
            ("procedureDescriptionFormat", "http://www.opengis.net/sensorml/2.0"),
        ]
        c.add(f, "sos-describesensor", "GET", "/sos/service?" + sos_kvp(c, q), data_client(c, "java"))
    for _ in range(N):
        w, s, e, n = sub_box(c)
        q = [
            ("service", "SOS"),
            ("version", "2.0.0"),
            ("request", "GetFeatureOfInterest"),
            (
                "spatialFilter",
                f"om:featureOfInterest/*/sams:shape,{s},{w},{n},{e},http://www.opengis.net/def/crs/EPSG/0/4326",
            ),
        ]
        c.add(f, "sos-getfoi", "GET", "/sos/service?" + sos_kvp(c, q), data_client(c, c.pick(["java", "requests"])))
    for _ in range(N):
        t0 = season(c)
        doc = {
            "request": "GetObservation",
            "service": "SOS",
            "version": "2.0.0",
            "procedure": [f"urn:gd:swj:procedure:{s}" for s in c.sample(list(HYDRO), c.num(1, 3))],
            "observedProperty": [f"urn:gd:swj:property:{c.pick(list(SOS_PROPS))}"],
            "temporalFilter": [
                {"during": {"ref": "om:phenomenonTime", "value": [zt(t0), zt(t0 + timedelta(hours=c.num(6, 72)))]}}
            ],
        }
        c.add(f, "sos-json-binding", "POST", "/sos/service/json", web(c, JSON_CT, 0.1, ref), js_doc(doc))
    for _ in range(N):
        h = data_client(
            c,
            "apache",
            "application/xml",
            "application/xml; charset=utf-8",
            {"Authorization": f"Bearer {c.b64(24, True)}"},
        )
        c.add(f, "insert-observation", "POST", "/sos/service/pox", h, insert_observation(c, c.pick(list(HYDRO))))
    for _ in range(N):
        stcd = c.pick(list(HYDRO))
        h, body = upload(
            c,
            [
                ("station", stcd),
                ("file", (f"WL_{stcd}_{season(c, False):%Y%m%d}.xml", "text/xml", waterml(c, stcd).encode())),
            ],
            ref,
            0.0,
        )
        c.add(f, "waterml-upload", "POST", "/sos/api/import/waterml", authed(h, c), body)
    for _ in range(N):
        stcd = c.pick(list(HYDRO))
        z0, q0 = c.num(100, 500) / 100, c.num(50, 300)
        rows = [["水位(m)", "流量(m3/s)"]]
        q = float(q0)
        for i in range(c.num(6, 15)):  # discharge grows ever faster with stage
            q += i * c.num(20, 40) + 60 if i else 0
            rows.append([f"{z0 + i * 0.5:.2f}", f"{q:.1f}"])
        h, body = upload(
            c,
            [
                ("station", stcd),
                ("year", "2027"),
                ("file", (f"水位流量关系_{stcd}.csv", "text/csv", csv_text(rows, True))),
            ],
            ref,
            0.0,
        )
        c.add(f, "rating-curve-upload", "POST", "/sos/api/rating/upload", authed(h, c), body)
    for _ in range(N):
        t0 = season(c)
        q = [
            ("timespan", f"{zt(t0)}/{zt(t0 + timedelta(hours=c.num(24, 240)))}"),
            ("format", c.pick(["flot", "tvp"])),
            ("expanded", "true"),
        ]
        c.add(
            f,
            "timeseries-getdata",
            "GET",
            f"/sos/api/timeseries/ts_{c.pick(list(HYDRO))}_wl/getData?" + qs(q, axios),
            web(c, None, 0.2, ref),
        )
    navigations(c, f, "hydrograph-page", lambda: f"/sos/client/station.html?stcd={c.pick(list(HYDRO))}", ref, 0.3)


# --- eo-stac-catalog ------------------------------------------------------------------------------------------------

COLLECTIONS = ["gf1-wfv-l1a", "gf6-pms-l1a", "zy3-02-tlc", "sentinel-2-l2a", "landsat-c2-l2"]


def item_id(c: Corpus, coll: str, t: datetime) -> str:
    if coll.startswith("sentinel"):  # Sentinel-2 passes over 广东 near 02:55 UTC
        t = t.replace(hour=2, minute=c.num(50, 59), second=c.num(0, 59))
        return f"S2B_MSIL2A_{t:%Y%m%dT%H%M%S}_N0511_R032_T49Q{c.pick(['FF', 'GF', 'HF'])}_{t:%Y%m%dT%H%M%S}"
    if coll.startswith("landsat"):
        return f"LC09_L2SP_{c.num(121, 123)}0{c.num(44, 45)}_{t:%Y%m%d}_02_T1"
    sat = {"gf1-wfv-l1a": "GF1_WFV3", "gf6-pms-l1a": "GF6_PMS", "zy3-02-tlc": "ZY302_TLC"}[coll]
    return f"{sat}_E{c.num(1100, 1170) / 10}_N{c.num(202, 255) / 10}_{t:%Y%m%d}_L1A{c.digits(10)}"


def interval(c: Corpus) -> str:
    t0 = season(c, False)
    return f"{zt(t0)}/{zt(t0 + timedelta(days=c.num(1, 60)) - timedelta(seconds=1))}"


def item_page(c: Corpus) -> str:
    coll = c.pick(COLLECTIONS)
    return f"/stac-browser/collections/{coll}/items/{item_id(c, coll, season(c))}"


def aoi(c: Corpus) -> dict:
    w, s, e, n = sub_box(c)
    return {"type": "Polygon", "coordinates": [[[w, s], [e, s], [e, n], [w, n], [w, s]]]}


@family("eo-stac-catalog")
def eo_stac_catalog(c: Corpus) -> None:
    f = "eo-stac-catalog"
    ref = f"{SITE}/stac-browser/index.html"
    for _ in range(N):
        c.add(f, "collections", "GET", "/stac/v1/collections", data_client(c, "requests", "application/json"))
    for _ in range(N):
        w, s, e, n = sub_box(c)
        q = [("bbox", f"{w},{s},{e},{n}"), ("datetime", interval(c)), ("limit", c.pick([10, 50, 100]))]
        c.add(
            f,
            "collection-items",
            "GET",
            f"/stac/v1/collections/{c.pick(COLLECTIONS)}/items?" + qs(q, axios),
            web(c, None, 0.1, ref),
        )
    for _ in range(N):
        coll = c.pick(COLLECTIONS)
        c.add(
            f,
            "item-get",
            "GET",
            f"/stac/v1/collections/{coll}/items/{item_id(c, coll, season(c))}",
            data_client(c, c.pick(["requests", "gdal"]), "application/geo+json"),
        )
    for _ in range(N):
        w, s, e, n = sub_box(c)
        q = [
            ("collections", ",".join(c.sample(COLLECTIONS, c.num(1, 2)))),
            ("bbox", f"{w},{s},{e},{n}"),
            ("datetime", interval(c)),
            ("limit", 100),
            ("sortby", "-properties.datetime"),
        ]
        c.add(
            f, "search-get", "GET", "/stac/v1/search?" + qs(q, form), data_client(c, "requests", "application/geo+json")
        )
    for _ in range(N):
        w, s, e, n = sub_box(c)
        doc = {
            "collections": c.sample(COLLECTIONS, c.num(1, 3)),
            "bbox": [w, s, e, n],
            "datetime": interval(c),
            "limit": 50,
            "query": {"eo:cloud_cover": {"lt": c.pick([10, 20, 30])}},
            "sortby": [{"field": "properties.datetime", "direction": "desc"}],
        }
        c.add(
            f,
            "search-post",
            "POST",
            "/stac/v1/search",
            data_client(c, "requests", "application/geo+json", JSON_CT),
            js_doc(doc),
        )
    for _ in range(N):
        doc = {
            "collections": [c.pick(COLLECTIONS)],
            "filter-lang": "cql2-json",
            "limit": 100,
            "filter": {
                "op": "and",
                "args": [
                    {"op": "<=", "args": [{"property": "eo:cloud_cover"}, c.pick([5, 10, 20])]},
                    {"op": "s_intersects", "args": [{"property": "geometry"}, aoi(c)]},
                    {"op": "t_intersects", "args": [{"property": "datetime"}, {"interval": interval(c).split("/")}]},
                ],
            },
        }
        c.add(f, "cql2-search", "POST", "/stac/v1/search", web(c, "application/json", 0.0, ref), js_doc(doc))
    for _ in range(N):
        coll = c.pick(COLLECTIONS[:3])
        t = season(c) + timedelta(minutes=c.num(0, 59))
        iid = item_id(c, coll, t)
        geom = aoi(c)
        xs = [p[0] for p in geom["coordinates"][0]]
        ys = [p[1] for p in geom["coordinates"][0]]
        doc = {
            "type": "Feature",
            "stac_version": "1.0.0",
            "stac_extensions": ["https://stac-extensions.github.io/eo/v1.1.0/schema.json"],
            "id": iid,
            "collection": coll,
            "geometry": geom,
            "bbox": [min(xs), min(ys), max(xs), max(ys)],
            "properties": {"datetime": zt(t), "eo:cloud_cover": c.num(0, 60), "platform": coll.split("-")[0]},
            "assets": {
                "data": {
                    "href": f"https://{c.pick(['oss', 'obs'])}.example.gov.cn/eo/{coll}/{iid}.tif",
                    "type": "image/tiff; application=geotiff; profile=cloud-optimized",
                    "roles": ["data"],
                }
            },
            "links": [{"rel": "collection", "href": f"/stac/v1/collections/{coll}"}],
        }
        h = data_client(
            c, "go", "application/json", "application/geo+json", {"Authorization": f"Bearer {c.b64(24, True)}"}
        )
        c.add(f, "item-ingest", "POST", f"/stac/v1/collections/{coll}/items", h, js_doc(doc))
    for _ in range(N):
        fc = {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "properties": {"name": c.pick(["珠三角 核心区", "韩江 三角洲", "雷州半岛", "北江 流域 上游"])},
                    "geometry": aoi(c),
                }
            ],
        }
        h, body = upload(
            c,
            [
                ("purpose", "订购 范围"),
                ("file", (f"aoi_{c.digits(4)}.geojson", "application/geo+json", js_doc(fc).encode())),
            ],
            ref,
            0.0,
        )
        c.add(f, "aoi-upload", "POST", "/stac/api/aoi/upload", authed(h, c), body)
    for _ in range(N):
        coll = c.pick(COLLECTIONS[:3])
        doc = {
            "items": [item_id(c, coll, season(c)) for _ in range(c.num(1, 4))],
            "collection": coll,
            "purpose": c.pick(["耕地 非农化 监测", "汛期 水体 变化 监测", "台风 灾后 评估"]),
            "contact": c.mobile(),
        }
        c.add(f, "order-request", "POST", "/stac/api/orders", authed(web(c, JSON_CT, 0.0, ref), c), js_doc(doc))
    navigations(c, f, "browser-page", lambda: f"/stac-browser/collections/{c.pick(COLLECTIONS)}", ref, 0.1)
    navigations(c, f, "item-page", lambda: item_page(c), ref, 0.1)


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
