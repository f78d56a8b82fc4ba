"""Generate corpus AJ: a THIRTY-SIXTH set of ordinary requests to Chinese government sites, independent of A-Z and AA-AI.

    python tests/waf/data/gen_cms_corpus_aj.py   # writes cms_aj_tuning.jsonl and cms_aj_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and AJ
measures the WAF's false positives on traffic no tuning round has seen. Corpus AJ is the GOVERNMENT LARGE-MODEL AND AI
APPLICATION PLATFORMS a province's 大数据局 (湖北省 as the model) runs on its 政务云 in 2025-2027 (DeepSeek and Qwen
deployments, 政务 大模型, 智能 客服, 12345 热线 辅助, 公文 写作 助手, 政策 问答), as citizens, civil servants, developers
and the applications themselves use them, written as the real front ends, SDKs and APIs send it: a new-api style
OpenAI-compatible gateway (structured outputs with response_format json_schema, stream_options, tool-call round trips,
FIM completions from an IDE plugin, Ollama's native /api/chat, the gateway's token and log console); Dify's service
API (completion-messages, files/upload, chat with uploaded files, text-to-audio, conversation names) and its
/console/api (login, hit testing, model config); FastGPT (chatId and variables, share-link chats, dataset search
test, pushData) and MaxKB (application authentication, chat open and chat_message, hit test, document split); RAGFlow's
HTTP API (datasets, document upload and parse, retrieval, chat and agent completions, the OpenAI-compatible chat);
chat front ends (Open WebUI chats, files, prompts and admin; NextChat's proxy with its access code; AnythingLLM's
stream-chat); the platforms' embeddable widgets on portals (Dify embed.min.js, chatbot iframes, web app passport,
parameters, suggested questions, feedback and speech input; MaxKB's embed script; FastGPT share pages); the vector
databases behind RAG (Milvus v2 RESTful search, hybrid search, query, insert and collection admin with filter
expressions; Qdrant search, scroll and collection info with JSON filters; Weaviate GraphQL; Chroma v2 query); MCP
servers over streamable HTTP (JSON-RPC 2.0 initialize, notifications, tools/list, tools/call, resources/read,
prompts/get, the GET event stream; Mcp-Session-Id and MCP-Protocol-Version) exposing 政务 data tools to agents;
workflow DSL and prompt management (Dify workflow graphs with Jinja2 templates and code nodes, DSL imports, draft and
single-node runs; Langfuse prompts with {{variables}}, traces and dataset items); speech and vision serving
(Whisper-compatible /v1/audio/transcriptions with WAV and MP3, FunASR, CosyVoice speech, Qwen2.5-VL image chats,
MinerU PDF parsing, Xinference model management); labelling and fine-tuning (Label Studio projects, imports,
annotations and exports; Gradio demos' queue/join, queue/data and upload with session hashes; LLaMA-Factory's web UI);
and the 12345 热线 and 公文 assistants calling the model with work-order text, classification labels, summaries and
policy articles quoted in full. Users paste ordinary technical text as real users of an assistant do (a SQL query
from a report, a Python or Java snippet, an HTML fragment, a shell command from a deployment manual). Names, ids, keys
and tokens are this generator's, not published ones. ``SOURCES`` names the public material each family's URLs,
parameters, headers and bodies follow; values are generated deterministically (``SEED``); HOST is a placeholder the
evaluation replaces. Nothing here is an attack: every value is what the real service receives.

Overlap with earlier corpora, checked against their SOURCES: I's llm-assistant has OpenAI-compatible chat completions
(messages, stream, tools and tool_calls), embeddings and rerank, Dify's /v1/chat-messages, /v1/workflows/run,
feedbacks, conversations and create-by-text, and Open WebUI's /api/chat/completions; C's zhwd-chat has a portal's own
智能问答 widget (ask, suggest, hot questions, SSE answers); J's ocr-recognition has PaddleOCR/PaddleHub and PaddleX
OCR serving; T's digital-human-script has SSML TTS (阿里云, Azure) and T's kb-qa-editing a 知识库 editor; B's
hotline-12345 and Q's hotline-case-handling are the 12345 citizens' forms and 工单 system. AJ repeats none of those
shapes: its gateway traffic is structured outputs, stream_options, FIM, Ollama native, models and the new-api console;
its Dify traffic is completion-messages, file uploads, text-to-audio, renames, history, the web app's /api and the
console; its widgets are the AI platforms' own embeds; its speech and vision traffic is Whisper-compatible
transcription, FunASR, CosyVoice, VL chats, MinerU and Xinference; its 12345 traffic is the model calls of the
assistants. No earlier corpus has FastGPT, MaxKB, RAGFlow, NextChat, AnythingLLM, Milvus, Qdrant, Weaviate, Chroma,
MCP, Langfuse, Label Studio, Gradio or LLaMA-Factory traffic. Where the receiving tools check something (the Dify web
passport's signature, tool-call arguments against their schemas, JSON-RPC envelopes, Milvus filter expressions, Gradio
session hashes, audio and document magic bytes) the generator does it for real, so the fast tests can check the
requests the way the receiving tools would. Limits of the record format (corpus_kit.check_record): methods are GET,
HEAD, OPTIONS and POST, so new-api's token edits (PUT), Dify's and RAGFlow's PATCH/PUT/DELETE updates, MaxKB's vote
(PUT), Qdrant's upserts and payload index creation (PUT) and MCP's session DELETE are not recorded; a POST needs a
body, so Open WebUI's share POST and Label Studio's empty sync POSTs are not recorded.

CLIENT (ADR 0040, decided before any count): a record carries "client": "office" exactly when its family's console
rule (``CONSOLE``: a path pattern per family, matched at the start of the path) says the request goes to a platform's
admin or builder console, which 《互联网政务应用安全管理规定》第十九条 confines to the government's own address ranges:
new-api's token and log console, Dify's /console/api, FastGPT's core dataset API and MaxKB's dataset API, RAGFlow's
dataset management, Open WebUI's admin users and model creation, Milvus and Qdrant collection admin, Xinference model
management, Label Studio and the LLaMA-Factory web UI, the 12345 assistant's prompt admin. Chats, public app APIs,
embedded widgets, MCP servers and portal pages carry no client key (a citizen on the internet).

Each request is one JSONL record as in corpora A-Z and AA-AI (method, path, headers, body or body_b64) tagged with
its ``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-aj/", decided and written down here before the corpus
was generated and before anything was evaluated (no WAF result on AJ was seen by its author; docs/waf.md, held-out
discipline): the three families whose sha256("corpus-aj/<family>") hex digests sort first are held out whole, and no
tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-aj/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made once;
never re-split, edited or regenerated to pass.
"""  # noqa: E501 - the series' first line (independent of A-Z and AA-AI) is one line

from __future__ import annotations

import base64
import json
import math
import struct
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

import itertools

from tests.waf.data import gen_cms_corpus_ai as corpus_ai
from tests.waf.data.corpus_kit import (
    SITE,
    ConsoleMarked,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_ah import XLSX_CT, jwt, nav, upload_xhr, xhr, xlsx  # AH's
from tests.waf.data.gen_cms_corpus_e import AXIOS_ACCEPT, jpeg, js_json, uri  # E's
from tests.waf.data.gen_cms_corpus_f import pdf_head  # F's
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx  # M's

TUNING_FILE, HELD_OUT_FILE = part_files("aj")
SEED = 20310619
SALT = "corpus-aj/"

SOURCES = {
    "llm-gateway-newapi": "new-api / one-api LLM gateway (docs.newapi.pro: POST /api/token/ {name, remain_quota, "
    "expired_time, unlimited_quota, model_limits_enabled, model_limits, allow_ips, group} and GET /api/log/ with the "
    "New-Api-User header) in front of vLLM and Ollama; OpenAI API reference (chat completions with response_format "
    "json_schema, stream_options.include_usage, tools and tool_calls; /v1/completions with suffix; /v1/models); "
    "openai-python and openai-node headers (X-Stainless-*); Ollama API /api/chat with options; Continue's FIM requests "
    "as 湖北 政务云 大模型 平台 developers use them",
    "dify-service-console": "Dify 1.x (docs.dify.ai service API: /v1/completion-messages, /v1/files/upload multipart "
    "with user, /v1/chat-messages with files [{type, transfer_method: local_file, upload_file_id}], "
    "/v1/conversations/{id}/name, /v1/text-to-audio, /v1/messages?conversation_id=; web/service/*.ts console API: "
    "/console/api/login, /console/api/datasets/{id}/hit-testing with retrieval_model, /console/api/apps/{id}/"
    "model-config) as 湖北 政务 智能 应用 平台 uses it",
    "fastgpt-maxkb-apps": "FastGPT 4.8-4.9 (doc.fastgpt.cn OpenAPI: /api/v1/chat/completions with chatId, variables, "
    "detail, stream; share links with shareId and outLinkUid; /api/core/dataset/searchTest; /api/core/dataset/data/"
    "pushData) and MaxKB 1.x (maxkb docs and ui/src/api: /api/application/authentication, /api/application/{id}/chat/"
    "open, /api/application/chat_message/{chat_id}, /api/dataset/{id}/hit_test, /api/dataset/document/split) as 湖北 "
    "部门 知识库 问答 uses them",
    "ragflow-dataset-api": "RAGFlow 0.17-0.19 HTTP API reference (ragflow.io/docs/dev/http_api_reference: POST "
    "/api/v1/datasets with chunk_method and parser_config, documents upload multipart, /chunks parse with doc"
    "ument_ids, "
    "GET documents with page, page_size, orderby, desc, keywords, /api/v1/retrieval, /api/v1/chats/{id}/compl"
    "etions and "
    "sessions, /api/v1/chats_openai/{id}/chat/completions, /api/v1/agents/{id}/completions; ragflow-sdk's requests "
    "client) as 湖北 政策 知识库 uses it",
    "webui-chat-frontends": "Open WebUI 0.5-0.6 (src/lib/apis: /api/v1/chats/new, /api/v1/files/ multipart, "
    "/api/v1/prompts/create with command and {{CLIPBOARD}}, /api/v1/chats/search, /api/v1/users/, /api/v1/mod"
    "els/create, "
    "/c/{id}), NextChat / ChatGPT-Next-Web (app/client/platforms/openai.ts: /api/openai/v1/chat/completions with "
    "Authorization Bearer nk-<access code>) and AnythingLLM (/api/workspace/{slug}/stream-chat) as 湖北 机关 "
    "干部 use them",
    "ai-widget-embeds": "The AI platforms' embeds on 湖北 portals: Dify embed.min.js and /chatbot/{token} iframes with "
    "the web app API (web/service/share.ts: /api/passport with X-App-Code, /api/parameters, /api/chat-messages "
    "streaming, /api/messages/{id}/suggested-questions, /api/messages/{id}/feedbacks, /api/audio-to-text), MaxKB "
    "/api/application/embed script and FastGPT /chat/share?shareId= iframes as citizens use them",
    "vector-db-rest": "Milvus 2.5 RESTful API v2 (milvus.io/api-reference/restful: /v2/vectordb/entities/search, "
    "hybrid_search with rerank rrf, query, insert, collections/create and describe; boolean filter expressions), "
    "Qdrant 1.12 REST (qdrant.tech/documentation: /collections/{c}/points/search and scroll with must/should/must_not "
    "filters, GET /collections/{c}, api-key header), Weaviate GraphQL Get with nearVector and where, Chroma v2 "
    "collection query with where $and as 湖北 RAG 服务 call them",
    "mcp-gov-data-tools": "Model Context Protocol 2025-06-18 (modelcontextprotocol.io specification: streamable HTTP "
    "transport, JSON-RPC 2.0 initialize, notifications/initialized, tools/list, tools/call with arguments, "
    "resources/read, prompts/get, GET SSE stream; Mcp-Session-Id and MCP-Protocol-Version headers; python-sdk and "
    "typescript-sdk clients) for 湖北 政务 数据 MCP servers (办事 指南, 政策 文件, 统计 数据) used by agents",
    "workflow-prompt-ops": "Dify workflow console (web/service/workflow.ts: /console/api/apps/{id}/workflows/draft "
    "with graph nodes and edges, features, environment_variables, hash; /console/api/apps/imports yaml-content; "
    "draft/run and nodes/{id}/run) and Langfuse 3 public API (langfuse.com/docs/api: /api/public/v2/prompts chat "
    "prompts with {{variables}}, labels, config; /api/public/ingestion batches; /api/public/dataset-items) as 湖北 "
    "AI 应用 开发 团队 use them",
    "speech-vision-serving": "OpenAI audio API as Whisper-compatible servers take it (/v1/audio/transcriptions "
    "multipart file, model, language, response_format, timestamp_granularities[]; /v1/audio/speech), FunASR runtime "
    "HTTP /recognition, CosyVoice and Qwen2.5-VL on vLLM (image_url data URLs), MinerU /file_parse and Xinference "
    "(POST /v1/models launch, GET /v1/models/{uid}) as 湖北 12345 语音 and 证照 识别 services use them",
    "label-finetune-gradio": "Label Studio 1.x API (labelstud.io/api: /api/projects with label_config XML, "
    "/api/projects/{id}/import, /api/tasks/{id}/annotations with result, /api/projects/{id}/export?exportType=), "
    "Gradio 5 client protocol (/gradio_api/queue/join with data, fn_index, trigger_id, session_hash; "
    "/gradio_api/queue/data SSE; /gradio_api/upload) and LLaMA-Factory's Gradio web UI as 湖北 模型 微调 团队 use them",
    "hotline-gongwen-llm": "12345 热线 and 公文 写作 assistants calling an OpenAI-compatible model (Spring AI "
    "and OkHttp clients): 工单 分类 with the 国办发〔2020〕53号 热线 分类 labels, 来电 摘要, 答复 草稿 quoting 《湖北省"
    "优化营商环境条例》 "
    "and other policy articles in full, GB/T 9704-2012 公文 drafts and 校对, RAG answers and 热点 批量 分析, and the "
    "assistant's prompt template admin, as 湖北 12345 and 办公厅 systems send them",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)

# The console rule of each family (ADR 0040), decided before any count: the path of an office request starts with one
# of these (re.match); None: the family has no console.
CONSOLE: dict[str, str | None] = {
    "llm-gateway-newapi": r"/api/(token|log)/",
    "dify-service-console": r"/console/api/",
    "fastgpt-maxkb-apps": r"/api/(core|dataset)/",
    "ragflow-dataset-api": r"/api/v1/datasets\b",
    "webui-chat-frontends": r"/api/v1/(users/|models/create)",
    "ai-widget-embeds": None,
    "vector-db-rest": r"/v2/vectordb/collections/|/collections/[\w-]+$",
    "mcp-gov-data-tools": None,
    "workflow-prompt-ops": r"/console/api/",
    "speech-vision-serving": r"/v1/models\b",
    "label-finetune-gradio": r"/api/|/llamafactory/",
    "hotline-gongwen-llm": r"/aiadmin/",
}


class Corpus(ConsoleMarked, corpus_ai.Corpus):
    """AI's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with AJ's sources, and
    a request to a family's console carries "client": "office" (CONSOLE)."""

    sources = SOURCES
    console = CONSOLE


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 16  # requests per (family, shape)

# --- values of the 湖北 AI platforms -----------------------------------------------------------------------

CITIES = {
    "420100": "武汉市",
    "420200": "黄石市",
    "420300": "十堰市",
    "420500": "宜昌市",
    "420600": "襄阳市",
    "420700": "鄂州市",
    "420800": "荆门市",
    "420900": "孝感市",
    "421000": "荆州市",
    "421100": "黄冈市",
    "421200": "咸宁市",
    "421300": "随州市",
    "422800": "恩施土家族苗族自治州",
}
QUESTIONS = [
    "公积金提取需要准备哪些材料？在武汉买的二手房可以提取吗？",
    "新生儿落户可以网上办理吗，需要父母双方都到场吗？",
    "灵活就业人员怎么参加职工医保，每个月要交多少钱？",
    "营业执照经营范围变更在鄂汇办上怎么操作？",
    "异地就医备案之后，在外省住院可以直接结算吗？",
    "居住证到期了怎么续签？需要本人去派出所吗？",
    "个体工商户年报截止时间是什么时候？逾期会怎么样？",
    "高校毕业生来汉就业有哪些补贴，怎么申请？",
    "老旧小区加装电梯有什么补助政策？",
    "不动产权证书丢了怎么补办，要登报吗？",
    "退役军人优待证在哪里申请，多久能拿到？",
    "How do foreigners apply for a work permit in Wuhan?",
    "小孩上小学的划片范围在哪里查？",
    "社保卡丢了怎么挂失补办？",
]
CODE_PASTES = [
    "这段SQL是报表里统计各区办件量的，为什么结果比实际多了好几倍？\n```sql\nSELECT d.dept_name, COUNT(*) AS cnt\n"
    "FROM case_info c\nLEFT JOIN dept d ON c.dept_id = d.id\nLEFT JOIN case_log l ON l.case_id = c.id\n"
    "WHERE c.accept_time >= '2026-01-01'\nGROUP BY d.dept_name\nORDER BY cnt DESC;\n```",
    "帮我解释一下部署手册里的这条命令，每个参数什么意思：\n```bash\ndocker run -d --gpus all --ipc=host -p 8000:8000 "
    "-v /data/models:/models vllm/vllm-openai:v0.8.5 --model /models/Qwen2.5-32B-Instruct --served-model-name "
    "qwen2.5-32b --tensor-parallel-size 2 --max-model-len 32768\n```",
    "下面这段Python读Excel的时候报 KeyError: '办件编号'，怎么改？\n```python\nimport pandas as pd\n\n"
    "df = pd.read_excel('2026年3月办件明细.xlsx', sheet_name='明细')\ndf = df[df['办件编号'].notna()]\n"
    "summary = df.groupby('承办单位')['办件编号'].count().sort_values(ascending=False)\nprint(summary.head(10))\n```",
    '把这段网页表格转换成Markdown表格：\n<table class="zwgk-list"><tr><th>文号</th><th>标题</th><th>发布日期</th></tr>'
    "<tr><td>鄂政办发〔2026〕12号</td><td>关于进一步优化政务服务的通知</td><td>2026-03-18</td></tr></table>",
    '这段Java代码是接口返回日期格式不对，应该怎么配置？\n```java\n@GetMapping("/api/case/{id}")\n'
    "public CaseVO detail(@PathVariable Long id) {\n    return caseService.getById(id);\n}\n```\n"
    "返回的 acceptTime 是 1774838400000，想要 yyyy-MM-dd HH:mm:ss。",
    "Excel里这个公式为什么返回 #N/A：=VLOOKUP(A2,事项清单!A:C,3,FALSE)，A列是事项编码。",
    "nginx 反向代理 SSE 接口时流式输出一下子全出来，配置如下，哪里不对？\n```nginx\nlocation /v1/ {\n"
    "    proxy_pass http://127.0.0.1:8000;\n    proxy_set_header Host $host;\n}\n```",
    "解释一下这段前端代码的作用：\n```js\naxios.interceptors.request.use(config => {\n  const token = "
    "localStorage.getItem('token');\n  if (token) config.headers.Authorization = `Bearer ${token}`;\n  return config;\n"
    "});\n```",
    "crontab 里这一行是每天几点执行？ 30 2 * * 1-5 /opt/scripts/sync_case.sh >> /var/log/sync_case.log 2>&1",
]
POLICY_ARTICLES = [
    "《住房公积金管理条例》第二十四条 职工有下列情形之一的，可以提取职工住房公积金账户内的存储余额：（一）购"
    "买、建造、翻建、"
    "大修自住住房的；（二）离休、退休的；（三）完全丧失劳动能力，并与单位终止劳动关系的；（四）出境定居的；（"
    "五）偿还购房"
    "贷款本息的；（六）房租超出家庭工资收入的规定比例的。",
    "《湖北省优化营商环境条例》第二十五条 县级以上人民政府及其有关部门应当推行政务服务事项“一网通办”，除法律、法规另有"
    "规定或者涉及国家秘密等情形外，政务服务事项应当按照国务院有关规定纳入一体化政务服务平台办理。",
    "《优化营商环境条例》第三十五条 政府及其有关部门应当推进政务服务标准化，按照减环节、减材料、减时限的要求，编制并"
    "向社会公开政务服务事项标准化工作流程和办事指南。",
    "《社会保险法》第二十三条 职工应当参加职工基本医疗保险，由用人单位和职工按照国家规定共同缴纳基本医疗保险"
    "费。无雇工的"
    "个体工商户、未在用人单位参加职工基本医疗保险的非全日制从业人员以及其他灵活就业人员可以参加职工基本医疗保险，由个人"
    "按照国家规定缴纳基本医疗保险费。",
    "《湖北省高校毕业生就业创业补贴办法》第六条 毕业年度内高校毕业生到中小微企业就业的，按每人1500元标准给予一次性"
    "吸纳就业补贴，所需资金从就业补助资金中列支；补贴比例不超过企业当年新招用人数的30%。",
    "《政府信息公开条例》第三十三条 行政机关收到政府信息公开申请，能够当场答复的，应当当场予以答复。行政机关"
    "不能当场答复"
    "的，应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，延长的期限最长不得超过20个工作日。",
]
TICKETS = [
    "来电人反映：武昌区中北路某小区楼下烧烤店每天营业到凌晨2点，油烟和噪音严重影响休息，已多次向物业反映无果，"
    "要求相关部门处理。来电人手机号138****5621。",
    "市民反映其在洪山区某培训机构预交学费12800元，机构已停课两周且无法联系负责人，要求协助退费。",
    "来电人称在公司工作8个月，公司拖欠3个月工资共计19500元，要求劳动监察部门介入。",
    "来电反映江夏区某路段路灯损坏约200米，夜间通行存在安全隐患，希望尽快维修。",
    "市民咨询：其母亲户籍在宜昌，现随子女在武汉居住，能否在武汉办理老年人优待证？",
    "来电人反映小区二次供水水压不足，高层住户早晚高峰经常停水，已持续一个月。",
    "市民反映某网约车平台多扣车费43元，客服不予处理，要求协调退款。",
    "来电人称其孩子入学材料已提交，但系统一直显示“待审核”，距截止日期仅剩3天，请求加快审核。",
]
LABELS = ["城乡建设", "环境保护", "劳动保障", "教育文化", "交通运输", "市场监管", "卫生健康", "公安政法", "民政社区"]
USERS = ["zhangwei", "liuyang", "wangjing", "chenlei", "yangfan", "hbsjj_zhou", "whzwfw_li", "12345_huang"]
MODELS = ["deepseek-r1", "deepseek-v3", "qwen2.5-72b-instruct", "qwen3-32b", "qwen2.5-32b"]
DOC_NAMES = [
    "湖北省政务服务事项办事指南汇编",
    "武汉市住房公积金提取业务问答",
    "12345热线知识库-社保医保",
    "鄂政办发〔2026〕8号",
    "政务大模型应用管理办法（试行）",
    "鄂汇办常见问题",
]


def city(c: Corpus) -> str:
    return c.pick(list(CITIES.values()))


def hexid(c: Corpus) -> str:
    return c.hexs(16)


def vector(c: Corpus, dim: int) -> list[float]:
    """An embedding as the model returns it: unit length, rounded as the client prints it."""
    v = [c.rnd.gauss(0, 1) for _ in range(dim)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, 7) for x in v]


def py_json(doc: object) -> str:
    """requests' json=: json.dumps with its defaults (", " and ": ", non-ASCII as \\uXXXX)."""
    return json.dumps(doc)


def httpx_json(doc: object) -> str:
    """httpx 0.28's json=: compact, non-ASCII kept (openai-python, the MCP python-sdk)."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def go_json(doc: object) -> str:
    """Go's encoding/json Marshal: compact, non-ASCII kept, <, > and & escaped as \\u003c, \\u003e, \\u0026."""
    out = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return out.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# --- non-browser clients ----------------------------------------------------------------------------------

PY = "3.11.9"


def sdk(
    c: Corpus, kind: str, auth: str | None = None, ctype: str | None = "application/json", extra: dict | None = None
) -> dict[str, str]:
    """A server-side or SDK client's headers in its library's order."""
    if kind in ("openai-py", "openai-js"):
        py = kind == "openai-py"
        h = {"Accept-Encoding": "gzip, deflate" if py else "gzip,deflate", "Connection": "keep-alive"}
        h["Accept"] = "application/json"
        if ctype:
            h["Content-Type"] = ctype
        h["User-Agent"] = f"OpenAI/Python {c.pick(['1.59.9', '1.68.2', '1.82.0'])}" if py else "OpenAI/JS 4.91.1"
        h.update(
            {
                "X-Stainless-Lang": "python" if py else "js",
                "X-Stainless-Package-Version": h["User-Agent"].split()[-1],
                "X-Stainless-OS": "Linux",
                "X-Stainless-Arch": "x64",
                "X-Stainless-Runtime": "CPython" if py else "node",
                "X-Stainless-Runtime-Version": PY if py else "v20.18.1",
            }
        )
        if auth:
            h["Authorization"] = auth
        if py:
            h["X-Stainless-Async"] = "false"
        h["x-stainless-retry-count"] = "0"
        if py:
            h["x-stainless-read-timeout"] = "600"
        if not py:
            h = {"Accept": "application/json", **{k: v for k, v in h.items() if k != "Accept"}}
    elif kind == "requests":
        h = {"User-Agent": "python-requests/2.32.3", "Accept-Encoding": "gzip, deflate", "Accept": "*/*"}
        h["Connection"] = "keep-alive"
        if auth:
            h["Authorization"] = auth
        if ctype:
            h["Content-Type"] = ctype
    elif kind == "httpx":
        h = {"Accept": "*/*", "Accept-Encoding": "gzip, deflate", "Connection": "keep-alive"}
        h["User-Agent"] = "python-httpx/0.28.1"
        if ctype:
            h["Content-Type"] = ctype
        if auth:
            h["Authorization"] = auth
    elif kind == "node":  # undici fetch (Continue, the MCP typescript-sdk)
        h = {}
        if auth:
            h["authorization"] = auth
        if ctype:
            h["content-type"] = ctype
        h.update({"accept": "*/*", "accept-language": "*", "sec-fetch-mode": "cors", "user-agent": "node"})
        h["accept-encoding"] = "gzip, deflate"
    elif kind == "okhttp":
        h = {}
        if auth:
            h["Authorization"] = auth
        if ctype:
            h["Content-Type"] = ctype + "; charset=utf-8"
        h.update({"Connection": "Keep-Alive", "Accept-Encoding": "gzip", "User-Agent": "okhttp/4.12.0"})
    elif kind == "spring":  # Spring AI's RestClient on the JDK HttpClient
        h = {}
        if auth:
            h["Authorization"] = auth
        if ctype:
            h["Content-Type"] = ctype
        h.update({"Accept": "application/json, application/*+json", "User-Agent": "Java-http-client/17.0.12"})
    elif kind == "go":
        h = {"User-Agent": "Go-http-client/1.1"}
        if auth:
            h["Authorization"] = auth
        if ctype:
            h["Content-Type"] = ctype
        h["Accept-Encoding"] = "gzip"
    else:
        raise ValueError(kind)
    h.update(extra or {})
    return h


def sdk_multipart(c: Corpus, parts: list[tuple[str, str | tuple[str, str, bytes]]]) -> tuple[str, bytes]:
    """(Content-Type, body) as requests and httpx write multipart: a 32-hex boundary, typed file parts."""
    boundary = c.hexs(16)
    out = b""
    for name, value in parts:
        if isinstance(value, str):
            out += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        else:
            fname, ctype, content = value
            out += (
                (
                    f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{fname}"\r\n'
                    f"Content-Type: {ctype}\r\n\r\n"
                ).encode()
                + content
                + b"\r\n"
            )
    out += f"--{boundary}--\r\n".encode()
    return f"multipart/form-data; boundary={boundary}", out


def sk(c: Corpus, prefix: str = "sk-", n: int = 48) -> str:
    return prefix + c.alnum(n)


def web(c: Corpus, ref: str, ctype: str | None = None, cookie: str | bool = False, extra: dict | None = None) -> dict:
    """A fetch from a platform's page: desktops mostly, some phones."""
    return xhr(c, ref, AXIOS_ACCEPT if ctype else "application/json", ctype, cookie, extra, mobile=0.2)


def console(c: Corpus, ref: str, ctype: str | None = None, cookie: str | bool = False, extra: dict | None = None):
    """A fetch from an admin console: staff desktops only."""
    return xhr(c, ref, AXIOS_ACCEPT if ctype else "application/json", ctype, cookie, extra, mobile=0.0)


def console_upload(
    c: Corpus, ref: str, parts: list, accept: str = AXIOS_ACCEPT, cookie: str | bool = False, extra: dict | None = None
) -> tuple[dict[str, str], bytes]:
    """A FormData upload from an admin console (a staff desktop): (headers, body)."""
    b = c.browser(0.0)
    ctype, body = c.multipart(b, parts)
    return c.headers(b, "xhr", accept, ctype, ref, cookie=cookie, extra=extra), body


def pages(c: Corpus, f: str, shape: str, path: Callable[[], str], ref: str | None, iframe: bool = False) -> None:
    """N page loads (or iframe loads of an embed) by browsers."""
    for _ in range(N):
        h = nav(c, c.pick([ref, None]), mobile=0.4)
        if iframe:
            h.pop("Sec-Fetch-User", None)
            if "Sec-Fetch-Dest" in h:
                h["Sec-Fetch-Dest"], h["Sec-Fetch-Site"] = "iframe", "cross-site"
        c.add(f, shape, "GET", path(), h)


def script_h(c: Corpus, ref: str) -> dict[str, str]:
    h = xhr(c, ref, "*/*", mobile=0.4)
    if "Sec-Fetch-Mode" in h:
        h["Sec-Fetch-Mode"], h["Sec-Fetch-Dest"], h["Sec-Fetch-Site"] = "no-cors", "script", "cross-site"
    return h


def portal(c: Corpus) -> str:
    return c.pick(
        [
            "https://www.hubei.gov.cn/",
            "https://zwfw.hubei.gov.cn/",
            "https://www.wuhan.gov.cn/hdjl/",
            "https://rst.hubei.gov.cn/bsfw/",
            "https://gjj.wuhan.gov.cn/",
        ]
    )


# --- files ---------------------------------------------------------------------------------------------------


def wav(c: Corpus, seconds: float = 1.0) -> bytes:
    """A 16 kHz mono 16-bit PCM WAV (RIFF/WAVE, fmt and data chunks) of quiet noise."""
    n = int(16000 * seconds)
    data = b"".join(struct.pack("<h", c.num(-600, 600)) for _ in range(n))
    fmt = struct.pack("<HHIIHH", 1, 1, 16000, 32000, 2, 16)
    return (
        b"RIFF"
        + struct.pack("<I", 36 + len(data))
        + b"WAVEfmt "
        + struct.pack("<I", 16)
        + fmt
        + (b"data" + struct.pack("<I", len(data)) + data)
    )


def mp3(c: Corpus, frames: int, id3: bool) -> bytes:
    """MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz: 417 bytes each), with or without an ID3v2 tag."""
    head = b"ID3\x04\x00\x00\x00\x00\x00\x0a" + b"TSSE\x00\x00\x00\x00\x00\x00" if id3 else b""
    return head + b"".join(b"\xff\xfb\x90\x64" + c.rnd.randbytes(413) for _ in range(frames))


def a_document(c: Corpus, kinds: tuple[str, ...] = ("pdf", "docx", "xlsx", "txt")) -> tuple[str, str, bytes]:
    """(file name, type, bytes) of a document people put into a knowledge base."""
    kind = c.pick(list(kinds))
    name = c.pick(DOC_NAMES)
    if kind == "pdf":
        return f"{name}.pdf", "application/pdf", pdf_head(c, c.num(800, 3000))
    if kind == "docx":
        return f"{name}.docx", DOCX_CT, docx([name, c.pick(POLICY_ARTICLES), c.pick(POLICY_ARTICLES)])
    if kind == "xlsx":
        rows = [["问题", "答案", "来源"]] + [[c.pick(QUESTIONS), c.pick(POLICY_ARTICLES)[:60], name] for _ in range(3)]
        return f"{name}.xlsx", XLSX_CT, xlsx(rows)
    text = "\n\n".join(c.sample(POLICY_ARTICLES, 3)) + "\n"
    return f"{name}.txt", "text/plain", text.encode()


def b64s(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


# --- llm-gateway-newapi ----------------------------------------------------------------------------------------

MATTER_SCHEMA = {
    "type": "object",
    "properties": {
        "matter": {"type": "string", "description": "事项名称"},
        "region": {"type": "string", "enum": list(CITIES.values())},
        "materials": {"type": "array", "items": {"type": "string"}},
        "online": {"type": "boolean"},
    },
    "required": ["matter", "region", "materials", "online"],
    "additionalProperties": False,
}
GATEWAY_TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "query_matter_guide",
            "description": "查询湖北省政务服务事项办事指南",
            "parameters": {
                "type": "object",
                "properties": {
                    "keyword": {"type": "string", "description": "事项关键词"},
                    "region_code": {"type": "string", "description": "行政区划代码，6位"},
                },
                "required": ["keyword"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "query_case_progress",
            "description": "按受理编号查询办件进度",
            "parameters": {
                "type": "object",
                "properties": {"case_no": {"type": "string"}, "id_last4": {"type": "string"}},
                "required": ["case_no"],
            },
        },
    },
]


def newapi_cookie(c: Corpus) -> str:
    return f"session={c.b64(96, urlsafe=True)}"


@family("llm-gateway-newapi")
def llm_gateway_newapi(c: Corpus) -> None:
    f = "llm-gateway-newapi"
    for _ in range(N):
        q = c.pick(QUESTIONS)
        doc = {
            "model": c.pick(MODELS[2:]),
            "messages": [
                {"role": "system", "content": "你是湖北政务服务助手。从用户的问题中抽取事项信息，只输出 JSON。"},
                {"role": "user", "content": f"{city(c)}：{q}"},
            ],
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "matter_extract", "strict": True, "schema": MATTER_SCHEMA},
            },
            "temperature": 0,
        }
        c.add(
            f,
            "chat-json-schema",
            "POST",
            "/v1/chat/completions",
            sdk(c, "openai-py", f"Bearer {sk(c)}"),
            httpx_json(doc),
        )
    for _ in range(N):
        q = c.pick(QUESTIONS)
        doc = {
            "model": c.pick(MODELS[:2]),
            "messages": [
                {"role": "system", "content": "你是鄂汇办智能助手，回答要准确、简洁，并注明政策依据。"},
                {"role": "user", "content": q},
                {"role": "assistant", "content": "您好，根据现行政策，" + c.pick(POLICY_ARTICLES)[:80] + "……"},
                {"role": "user", "content": c.pick(["那需要本人到现场吗？", "网上怎么办？", "办理时限是多久？"])},
            ],
            "stream": True,
            "stream_options": {"include_usage": True},
            "max_tokens": c.pick([1024, 2048, 4096]),
        }
        c.add(
            f, "chat-stream-usage", "POST", "/v1/chat/completions", sdk(c, "openai-js", f"Bearer {sk(c)}"), js_json(doc)
        )
    for _ in range(N):
        doc = {
            "model": c.pick(["qwen2.5-coder-32b", "deepseek-v3"]),
            "messages": [{"role": "user", "content": c.pick(CODE_PASTES)}],
            "temperature": 0.2,
        }
        c.add(f, "chat-code-paste", "POST", "/v1/chat/completions", sdk(c, "requests", f"Bearer {sk(c)}"), py_json(doc))
    for _ in range(N):
        kw = c.pick(["公积金提取", "新生儿落户", "营业执照变更", "异地就医备案", "居住证"])
        region = c.pick(list(CITIES))
        call_id = "call_" + c.alnum(24)
        args = {"keyword": kw, "region_code": region}
        doc = {
            "model": c.pick(MODELS[2:]),
            "messages": [
                {"role": "user", "content": f"我在{CITIES[region]}，{kw}怎么办理？"},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": call_id,
                            "type": "function",
                            "function": {"name": "query_matter_guide", "arguments": httpx_json(args)},
                        }
                    ],
                },
                {
                    "role": "tool",
                    "tool_call_id": call_id,
                    "content": httpx_json({"matter": kw, "limit_days": c.num(1, 20), "online": True}),
                },
            ],
            "tools": GATEWAY_TOOLS,
            "tool_choice": "auto",
        }
        c.add(
            f,
            "tool-call-roundtrip",
            "POST",
            "/v1/chat/completions",
            sdk(c, "openai-py", f"Bearer {sk(c)}"),
            httpx_json(doc),
        )
    for _ in range(N):
        c.add(f, "models-list", "GET", "/v1/models", sdk(c, "openai-py", f"Bearer {sk(c)}", ctype=None))
    for _ in range(N):
        prefix = c.pick(
            [
                "def calc_overdue_days(accept_time, finish_time, holidays):\n    ",
                "public List<CaseVO> listOverdue(String deptCode) {\n        ",
                "SELECT region_name, COUNT(*) AS cnt\nFROM case_info\nWHERE ",
            ]
        )
        doc = {
            "model": "qwen2.5-coder-7b",
            "prompt": f"<|fim_prefix|>{prefix}<|fim_suffix|>\n<|fim_middle|>",
            "max_tokens": 256,
            "temperature": 0.01,
            "stop": ["<|endoftext|>", "<|fim_pad|>", "\n\n\n"],
            "stream": True,
        }
        c.add(f, "fim-completion", "POST", "/v1/completions", sdk(c, "node", f"Bearer {sk(c)}"), js_json(doc))
    for _ in range(N):
        doc = {
            "model": c.pick(["qwen2.5:14b", "deepseek-r1:32b", "qwen3:8b"]),
            "messages": [{"role": "user", "content": c.pick(QUESTIONS + CODE_PASTES[:3])}],
            "stream": False,
            "options": {"temperature": c.pick([0.3, 0.7]), "num_ctx": c.pick([8192, 16384])},
        }
        h = {
            "Accept-Encoding": "gzip, deflate",
            "Connection": "keep-alive",
            "Content-Type": "application/json",
            "Accept": "application/json",
            "User-Agent": f"ollama-python/0.4.7 (x86_64 linux) Python/{PY}",
        }
        c.add(f, "ollama-chat", "POST", "/api/chat", h, httpx_json(doc))
    ref = f"{SITE}/console/token"
    for _ in range(N):
        doc = {
            "name": c.pick(["12345热线助手", "公文写作", "鄂汇办问答", "测试令牌", "知识库检索"]),
            "remain_quota": c.pick([500000, 5000000, 50000000]),
            "expired_time": c.pick([-1, 1830268799]),
            "unlimited_quota": c.chance(0.3),
            "model_limits_enabled": True,
            "model_limits": ",".join(c.sample(MODELS, 2)),
            "allow_ips": c.pick(["", "10.12.0.0/16", "59.172.10.21\n59.172.10.22"]),
            "group": c.pick(["default", "vip"]),
        }
        h = console(c, ref, "application/json", newapi_cookie(c), {"New-Api-User": str(c.num(1, 40))})
        c.add(f, "token-create", "POST", "/api/token/", h, js_json(doc))
    for _ in range(N):
        q = [
            ("p", c.num(1, 5)),
            ("page_size", 10),
            ("type", c.pick([0, 2])),
            ("username", c.pick(["", *USERS])),
            ("token_name", c.pick(["", "12345热线助手"])),
            ("model_name", c.pick(["", *MODELS])),
            ("start_timestamp", 1790000000 + c.num(0, 9999999)),
            ("end_timestamp", 1800000000),
            ("channel", ""),
            ("group", ""),
        ]
        path = "/api/log/?" + "&".join(f"{k}={uri(v)}" for k, v in q)
        h = console(c, f"{SITE}/console/log", None, newapi_cookie(c), {"New-Api-User": str(c.num(1, 40))})
        c.add(f, "log-query", "GET", path, h)


# --- dify-service-console ------------------------------------------------------------------------------------


def app_key(c: Corpus) -> str:
    return "Bearer app-" + c.alnum(24)


@family("dify-service-console")
def dify_service_console(c: Corpus) -> None:
    f = "dify-service-console"
    for _ in range(N):
        doc = {
            "inputs": {
                "doc_type": c.pick(["通知", "请示", "函", "会议纪要", "工作总结"]),
                "topic": c.pick(["做好2026年防汛工作", "开展政务服务满意度调查", "申请增加数字化改革专项经费"]),
                "points": c.pick(
                    ["一、提高认识；二、压实责任；三、加强值守", "时间：3月20日前；范围：各市州政务服务中心"]
                ),
                "query": "请按GB/T 9704-2012格式起草",
            },
            "response_mode": c.pick(["streaming", "blocking"]),
            "user": c.pick(USERS),
        }
        c.add(f, "completion-messages", "POST", "/v1/completion-messages", sdk(c, "requests", app_key(c)), py_json(doc))
    for _ in range(N):
        ctype, body = sdk_multipart(c, [("file", a_document(c, ("pdf", "docx", "txt"))), ("user", c.pick(USERS))])
        c.add(f, "files-upload", "POST", "/v1/files/upload", sdk(c, "requests", app_key(c), ctype), body)
    for _ in range(N):
        doc = {
            "inputs": {},
            "query": c.pick(
                ["总结一下这份文件的主要内容", "这个文件里提到的补贴标准是多少？", "帮我找出文件中的办理时限"]
            ),
            "response_mode": "blocking",
            "conversation_id": c.pick(["", c.uid()]),
            "user": c.pick(USERS),
            "files": [{"type": "document", "transfer_method": "local_file", "upload_file_id": c.uid()}],
        }
        c.add(
            f,
            "chat-with-upload",
            "POST",
            "/v1/chat-messages",
            sdk(c, "spring", app_key(c)),
            json.dumps(doc, ensure_ascii=False, separators=(",", ":")),
        )
    for _ in range(N):
        doc = {
            "name": c.pick(["公积金提取咨询", "落户问题", "", "社保转移"]),
            "auto_generate": False,
            "user": c.pick(USERS),
        }
        if not doc["name"]:
            doc["auto_generate"] = True
        c.add(
            f,
            "conversation-rename",
            "POST",
            f"/v1/conversations/{c.uid()}/name",
            sdk(c, "go", app_key(c)),
            go_json(doc),
        )
    for _ in range(N):
        doc = {"message_id": c.uid(), "text": c.pick(POLICY_ARTICLES)[:120], "user": c.pick(USERS)}
        c.add(f, "text-to-audio", "POST", "/v1/text-to-audio", sdk(c, "requests", app_key(c)), py_json(doc))
    for _ in range(N):
        path = f"/v1/messages?user={c.pick(USERS)}&conversation_id={c.uid()}&limit={c.pick([20, 50])}"
        if c.chance(0.4):
            path += f"&first_id={c.uid()}"
        c.add(f, "messages-history", "GET", path, sdk(c, "requests", app_key(c), None))
    for _ in range(N):
        doc = {
            "email": f"{c.pick(USERS)}@hubei.gov.cn",
            "password": c.alnum(10) + c.pick(["@2026", "#Hb", "!"]),
            "language": "zh-Hans",
            "remember_me": True,
        }
        c.add(
            f,
            "console-login",
            "POST",
            "/console/api/login",
            console(c, f"{SITE}/signin", "application/json"),
            js_json(doc),
        )
    for _ in range(N):
        ds = c.uid()
        doc = {
            "query": c.pick(QUESTIONS),
            "retrieval_model": {
                "search_method": c.pick(["hybrid_search", "semantic_search", "full_text_search"]),
                "reranking_enable": True,
                "reranking_mode": "reranking_model",
                "reranking_model": {
                    "reranking_provider_name": "xinference",
                    "reranking_model_name": "bge-reranker-v2-m3",
                },
                "weights": None,
                "top_k": c.pick([3, 5, 10]),
                "score_threshold_enabled": c.chance(0.5),
                "score_threshold": 0.5,
            },
        }
        ck = f"locale=zh-Hans; csrf_token={c.b64(24, urlsafe=True)}"
        h = console(
            c,
            f"{SITE}/datasets/{ds}/hitTesting",
            "application/json",
            ck,
            {"Authorization": f"Bearer {c.b64(30, urlsafe=True)}"},
        )
        c.add(f, "console-hit-testing", "POST", f"/console/api/datasets/{ds}/hit-testing", h, js_json(doc))
    for _ in range(N):
        app = c.uid()
        doc = {
            "pre_prompt": "你是{{region}}政务服务中心的咨询助手。请依据知识库回答{{matter}}相关问题，"
            "不确定时请引导用户拨打12345。",
            "prompt_type": "simple",
            "user_input_form": [
                {
                    "text-input": {
                        "label": "地区",
                        "variable": "region",
                        "required": True,
                        "max_length": 20,
                        "default": city(c),
                    }
                },
                {
                    "select": {
                        "label": "事项",
                        "variable": "matter",
                        "required": False,
                        "options": ["公积金", "社保", "户籍", "不动产"],
                        "default": "",
                    }
                },
            ],
            "opening_statement": "您好！我是政务服务智能助手，请问有什么可以帮您？",
            "suggested_questions": c.sample(QUESTIONS, 3),
            "model": {
                "provider": "langgenius/openai_api_compatible/openai_api_compatible",
                "name": c.pick(MODELS),
                "mode": "chat",
                "completion_params": {"temperature": 0.3, "max_tokens": 2048},
            },
            "dataset_configs": {
                "retrieval_model": "multiple",
                "top_k": 4,
                "reranking_enable": True,
                "datasets": {"datasets": [{"dataset": {"enabled": True, "id": c.uid()}}]},
            },
            "speech_to_text": {"enabled": True},
            "retriever_resource": {"enabled": True},
        }
        h = console(
            c,
            f"{SITE}/app/{app}/configuration",
            "application/json",
            False,
            {"Authorization": f"Bearer {c.b64(30, urlsafe=True)}"},
        )
        c.add(f, "console-model-config", "POST", f"/console/api/apps/{app}/model-config", h, js_json(doc))


# --- fastgpt-maxkb-apps -------------------------------------------------------------------------------------------


def nanoid(c: Corpus, n: int = 24) -> str:
    return c.alnum(n, "0123456789abcdefghijklmnopqrstuvwxyz")


@family("fastgpt-maxkb-apps")
def fastgpt_maxkb_apps(c: Corpus) -> None:
    f = "fastgpt-maxkb-apps"
    for _ in range(N):
        doc = {
            "chatId": c.pick(["", nanoid(c)]),
            "stream": False,
            "detail": c.chance(0.5),
            "variables": {"region": city(c), "uid": c.pick(USERS)},
            "messages": [{"role": "user", "content": c.pick(QUESTIONS)}],
        }
        c.add(
            f,
            "fastgpt-chat",
            "POST",
            "/api/v1/chat/completions",
            sdk(c, "okhttp", "Bearer fastgpt-" + c.alnum(40)),
            json.dumps(doc, ensure_ascii=False, separators=(",", ":")),
        )
    for _ in range(N):
        share = nanoid(c)
        doc = {
            "messages": [{"dataId": nanoid(c), "role": "user", "content": c.pick(QUESTIONS)}],
            "variables": {},
            "responseChatItemId": nanoid(c),
            "shareId": share,
            "chatId": nanoid(c, 12),
            "outLinkUid": "shareChat-" + str(c.ms()) + "-" + nanoid(c, 10),
            "detail": True,
            "stream": True,
        }
        c.add(
            f,
            "fastgpt-share-chat",
            "POST",
            "/api/v1/chat/completions",
            web(c, f"{SITE}/chat/share?shareId={share}", "application/json"),
            js_json(doc),
        )
    for _ in range(N):
        ds = c.hexs(12)
        doc = {
            "datasetId": ds,
            "text": c.pick(QUESTIONS),
            "limit": 5000,
            "similarity": c.pick([0, 0.5, 0.7]),
            "searchMode": c.pick(["embedding", "fullTextRecall", "mixedRecall"]),
            "usingReRank": c.chance(0.6),
            "datasetSearchUsingExtensionQuery": False,
        }
        ck = f"fastgpt_token={jwt({'userId': c.hexs(12), 'teamId': c.hexs(12)}, b'hb-fastgpt-token-key')}"
        c.add(
            f,
            "fastgpt-search-test",
            "POST",
            "/api/core/dataset/searchTest",
            console(c, f"{SITE}/dataset/detail?datasetId={ds}&currentTab=test", "application/json", ck),
            js_json(doc),
        )
    for _ in range(N):
        data = [
            {"q": q, "a": a, "indexes": [{"text": q[:12]}]}
            for q, a in zip(c.sample(QUESTIONS, 2), c.sample(POLICY_ARTICLES, 2), strict=True)
        ]
        doc = {"collectionId": c.hexs(12), "trainingType": "chunk", "prompt": "", "billId": "", "data": data}
        c.add(
            f,
            "fastgpt-push-data",
            "POST",
            "/api/core/dataset/data/pushData",
            sdk(c, "requests", "Bearer fastgpt-" + c.alnum(40)),
            py_json(doc),
        )
    for _ in range(N):
        token = c.hexs(8)
        c.add(
            f,
            "maxkb-authentication",
            "POST",
            "/api/application/authentication",
            web(c, f"{SITE}/ui/chat/{token}?mode=embed", "application/json"),
            js_json({"access_token": token}),
        )
    for _ in range(N):
        app = c.uid()
        h = web(
            c,
            f"{SITE}/ui/chat/{c.hexs(8)}?mode=embed",
            None,
            False,
            {"AUTHORIZATION": jwt({"application_id": app, "type": "APPLICATION_ACCESS_TOKEN"}, b"hb-maxkb-secret")},
        )
        c.add(f, "maxkb-chat-open", "GET", f"/api/application/{app}/chat/open", h)
    for _ in range(N):
        doc = {
            "message": c.pick(QUESTIONS),
            "re_chat": c.chance(0.1),
            "form_data": {},
            "image_list": [],
            "document_list": [],
            "audio_list": [],
        }
        h = web(
            c,
            f"{SITE}/ui/chat/{c.hexs(8)}",
            "application/json",
            False,
            {"AUTHORIZATION": jwt({"application_id": c.uid(), "type": "APPLICATION_ACCESS_TOKEN"}, b"hb-maxkb-secret")},
        )
        c.add(f, "maxkb-chat-message", "POST", f"/api/application/chat_message/{c.uid()}", h, js_json(doc))
    for _ in range(N):
        ds = c.uid()
        q = (
            f"query_text={uri(c.pick(QUESTIONS))}&top_number={c.pick([5, 10])}&similarity={c.pick([0.6, 0.65])}"
            f"&search_mode={c.pick(['embedding', 'keywords', 'blend'])}"
        )
        h = console(
            c,
            f"{SITE}/ui/dataset/{ds}/hit-test",
            None,
            False,
            {"AUTHORIZATION": jwt({"username": c.pick(USERS), "type": "USER"}, b"hb-maxkb-secret")},
        )
        c.add(f, "maxkb-hit-test", "GET", f"/api/dataset/{ds}/hit_test?{q}", h)
    for _ in range(N):
        parts = [("file", a_document(c, ("pdf", "docx", "txt"))), ("limit", "4096"), ("with_filter", "true")]
        parts += [
            ("patterns", p)
            for p in c.sample(
                ["(?<=^)# .*|(?<=\\n)# .*", "(?<=\\n)(?<!#)## (?!#).*", "(?<=\\n)\\n", "(?<=[。！？])"], 2
            )
        ]
        h, body = console_upload(
            c,
            f"{SITE}/ui/dataset/upload",
            parts,
            cookie=False,
            extra={"AUTHORIZATION": jwt({"username": c.pick(USERS), "type": "USER"}, b"hb-maxkb-secret")},
        )
        c.add(f, "maxkb-doc-split", "POST", "/api/dataset/document/split", h, body)


# --- ragflow-dataset-api ------------------------------------------------------------------------------------------


def rf_key(c: Corpus) -> str:
    return "Bearer ragflow-" + c.alnum(32)


@family("ragflow-dataset-api")
def ragflow_dataset_api(c: Corpus) -> None:
    f = "ragflow-dataset-api"
    for _ in range(N):
        doc = {
            "name": c.pick(DOC_NAMES) + c.pick(["", "-v2", "（2026）"]),
            "description": c.pick(["省政府规范性文件", "12345热线知识库", "办事指南汇编"]),
            "embedding_model": c.pick(["BAAI/bge-large-zh-v1.5@BAAI", "bge-m3@Xinference"]),
            "permission": c.pick(["me", "team"]),
            "chunk_method": c.pick(["naive", "laws", "qa", "book"]),
            "parser_config": {
                "chunk_token_num": c.pick([256, 512]),
                "delimiter": "\\n!?;。；！？",
                "layout_recognize": "DeepDOC",
                "html4excel": False,
            },
        }
        c.add(f, "dataset-create", "POST", "/api/v1/datasets", sdk(c, "requests", rf_key(c)), py_json(doc))
    for _ in range(N):
        ctype, body = sdk_multipart(c, [("file", a_document(c))])
        c.add(
            f,
            "document-upload",
            "POST",
            f"/api/v1/datasets/{hexid(c)}/documents",
            sdk(c, "requests", rf_key(c), ctype),
            body,
        )
    for _ in range(N):
        doc = {"document_ids": [hexid(c) for _ in range(c.num(1, 4))]}
        c.add(
            f,
            "chunks-parse",
            "POST",
            f"/api/v1/datasets/{hexid(c)}/chunks",
            sdk(c, "requests", rf_key(c)),
            py_json(doc),
        )
    for _ in range(N):
        q = f"page=1&page_size=30&orderby=create_time&desc=true&keywords={uri(c.pick(['公积金', '条例', '指南', '']))}"
        c.add(
            f,
            "documents-list",
            "GET",
            f"/api/v1/datasets/{hexid(c)}/documents?{q}",
            sdk(c, "requests", rf_key(c), None),
        )
    for _ in range(N):
        doc = {
            "question": c.pick(QUESTIONS),
            "dataset_ids": [hexid(c)],
            "document_ids": [],
            "page": 1,
            "page_size": 30,
            "similarity_threshold": 0.2,
            "vector_similarity_weight": 0.3,
            "top_k": 1024,
            "keyword": c.chance(0.3),
            "highlight": c.chance(0.5),
        }
        c.add(f, "retrieval", "POST", "/api/v1/retrieval", sdk(c, "requests", rf_key(c)), py_json(doc))
    for _ in range(N):
        doc = {"question": c.pick(QUESTIONS), "stream": True, "session_id": hexid(c)}
        c.add(
            f,
            "chat-completions",
            "POST",
            f"/api/v1/chats/{hexid(c)}/completions",
            sdk(c, "httpx", rf_key(c)),
            httpx_json(doc),
        )
    for _ in range(N):
        doc = {"name": c.pick(["新会话", "公积金咨询", "政策问答"]), "user_id": c.pick(USERS)}
        c.add(
            f,
            "session-create",
            "POST",
            f"/api/v1/chats/{hexid(c)}/sessions",
            sdk(c, "requests", rf_key(c)),
            py_json(doc),
        )
    for _ in range(N):
        doc = {
            "model": "model",
            "messages": [{"role": "user", "content": c.pick(QUESTIONS)}],
            "stream": c.chance(0.7),
        }
        c.add(
            f,
            "openai-compatible",
            "POST",
            f"/api/v1/chats_openai/{hexid(c)}/chat/completions",
            sdk(c, "openai-py", rf_key(c)),
            httpx_json(doc),
        )
    for _ in range(N):
        doc = {"question": c.pick(TICKETS), "stream": False, "session_id": hexid(c), "sync_dsl": False}
        c.add(
            f,
            "agent-completions",
            "POST",
            f"/api/v1/agents/{hexid(c)}/completions",
            sdk(c, "requests", rf_key(c)),
            py_json(doc),
        )


# --- webui-chat-frontends ---------------------------------------------------------------------------------------

OWUI_KEY = b"hb-open-webui-secret-key-2026"


def owui_auth(c: Corpus) -> dict[str, str]:
    return {"authorization": "Bearer " + jwt({"id": c.uid(), "exp": 1830000000}, OWUI_KEY)}


@family("webui-chat-frontends")
def webui_chat_frontends(c: Corpus) -> None:
    f = "webui-chat-frontends"
    for _ in range(N):
        uid_user, uid_bot = c.uid(), c.uid()
        q = c.pick(QUESTIONS + CODE_PASTES)
        model = c.pick(MODELS)
        ts = c.ms() // 1000
        user_msg = {
            "id": uid_user,
            "parentId": None,
            "childrenIds": [uid_bot],
            "role": "user",
            "content": q,
            "timestamp": ts,
            "models": [model],
        }
        bot_msg = {
            "parentId": uid_user,
            "id": uid_bot,
            "childrenIds": [],
            "role": "assistant",
            "content": "",
            "model": model,
            "modelName": model,
            "modelIdx": 0,
            "timestamp": ts,
        }
        doc = {
            "chat": {
                "id": "",
                "title": "新对话",
                "models": [model],
                "params": {},
                "history": {"messages": {uid_user: user_msg, uid_bot: bot_msg}, "currentId": uid_bot},
                "messages": [user_msg, bot_msg],
                "tags": [],
                "timestamp": ts * 1000,
            }
        }
        c.add(
            f,
            "owui-chat-new",
            "POST",
            "/api/v1/chats/new",
            web(c, f"{SITE}/", "application/json", False, owui_auth(c)),
            js_json(doc),
        )
    for _ in range(N):
        h, body = upload_xhr(
            c, f"{SITE}/c/{c.uid()}", [("file", a_document(c))], accept="application/json", extra=owui_auth(c)
        )
        c.add(f, "owui-file-upload", "POST", "/api/v1/files/", h, body)
    for _ in range(N):
        cmd, title, content = c.pick(
            [
                ("/tongzhi", "起草通知", "请根据以下要点，按照党政机关公文格式起草一份通知：\n{{CLIPBOARD}}"),
                (
                    "/zongjie",
                    "会议纪要",
                    "把下面的会议记录整理成会议纪要，分“会议议定事项”和“责任分工”两部分：\n{{CLIPBOARD}}",
                ),
                (
                    "/fanyi",
                    "中译英",
                    "Translate the following government notice into English, keep 文号 as is:\n{{CLIPBOARD}}",
                ),
                ("/sql", "SQL解释", "解释下面这段 SQL 的业务含义并指出可能的性能问题：\n```sql\n{{CLIPBOARD}}\n```"),
            ]
        )
        doc = {
            "command": cmd + str(c.num(1, 9)) if c.chance(0.3) else cmd,
            "title": title,
            "content": content,
            "access_control": None,
        }
        c.add(
            f,
            "owui-prompt-create",
            "POST",
            "/api/v1/prompts/create",
            web(c, f"{SITE}/workspace/prompts/create", "application/json", False, owui_auth(c)),
            js_json(doc),
        )
    for _ in range(N):
        text = c.pick(["公积金", "通知", "SQL", "会议纪要", "tag:政策", "防汛"])
        c.add(
            f,
            "owui-chats-search",
            "GET",
            f"/api/v1/chats/search?text={uri(text)}&page={c.num(1, 3)}",
            web(c, f"{SITE}/", None, False, owui_auth(c)),
        )
    pages(c, f, "owui-chat-page", lambda: f"/c/{c.uid()}", f"{SITE}/")
    for _ in range(N):
        q = f"page={c.num(1, 6)}" + c.pick(["", "&order_by=created_at&direction=asc", "&query=" + uri(c.pick(USERS))])
        c.add(
            f,
            "owui-admin-users",
            "GET",
            f"/api/v1/users/?{q}",
            console(c, f"{SITE}/admin/users", None, False, owui_auth(c)),
        )
    for _ in range(N):
        name = c.pick(["政策问答助手", "公文写作助手", "12345工单分类", "代码助手"])
        doc = {
            "id": c.pick(["zhengce-qa", "gongwen", "hotline-cls", "coder"]) + "-" + c.alnum(4).lower(),
            "base_model_id": c.pick(MODELS),
            "name": name,
            "meta": {
                "profile_image_url": "/static/favicon.png",
                "description": f"{name}（湖北省大数据中心）",
                "capabilities": {"vision": False, "citations": True},
                "knowledge": [{"id": c.uid(), "name": c.pick(DOC_NAMES)}],
            },
            "params": {"system": f"你是{name}，回答须依据现行有效的政策文件。", "temperature": 0.3},
            "access_control": None,
            "is_active": True,
        }
        c.add(
            f,
            "owui-model-create",
            "POST",
            "/api/v1/models/create",
            console(c, f"{SITE}/workspace/models/create", "application/json", False, owui_auth(c)),
            js_json(doc),
        )
    for _ in range(N):
        msgs = [
            {
                "role": "system",
                "content": "\nYou are ChatGPT, a large language model trained by OpenAI.\n"
                "Knowledge cutoff: 2024-10\nCurrent model: deepseek-v3\nCurrent time: Mon Mar 16 2026\n"
                "Latex inline: \\(x^2\\) \nLatex block: $$e=mc^2$$\n\n",
            }
        ]
        msgs.append({"role": "user", "content": c.pick(QUESTIONS + CODE_PASTES)})
        doc = {
            "messages": msgs,
            "stream": True,
            "model": c.pick(MODELS),
            "temperature": 0.5,
            "presence_penalty": 0,
            "frequency_penalty": 0,
            "top_p": 1,
        }
        h = web(c, f"{SITE}/", "application/json", False, {"Authorization": "Bearer nk-" + c.alnum(12)})
        h["Accept"] = "text/event-stream"
        c.add(f, "nextchat-proxy", "POST", "/api/openai/v1/chat/completions", h, js_json(doc))
    for _ in range(N):
        doc = {"message": c.pick(QUESTIONS + CODE_PASTES), "attachments": []}
        slug = c.pick(["zhengce", "gongwen", "hotline-kb", "my-workspace"])
        h = web(
            c,
            f"{SITE}/workspace/{slug}",
            "text/plain;charset=UTF-8",
            False,
            {"Authorization": "Bearer " + jwt({"id": c.num(1, 90), "p": c.b64(12)}, b"hb-anythingllm-jwt")},
        )
        h["Accept"] = "text/event-stream"
        c.add(f, "anythingllm-stream", "POST", f"/api/workspace/{slug}/stream-chat", h, js_json(doc))


# --- ai-widget-embeds ----------------------------------------------------------------------------------------------

DIFY_SECRET = b"hb-dify-secret-key-2026-sk-9f3c1a"  # this generator's Dify SECRET_KEY


def passport(c: Corpus, app_code: str) -> str:
    claims = {
        "iss": c.uid(),
        "sub": "Web API Passport",
        "app_id": c.uid(),
        "app_code": app_code,
        "end_user_id": c.uid(),
    }
    return jwt(claims, DIFY_SECRET)


def widget_h(c: Corpus, code: str, ctype: str | None = None) -> dict[str, str]:
    return web(c, f"{SITE}/chatbot/{code}", ctype, False, {"Authorization": "Bearer " + passport(c, code)})


@family("ai-widget-embeds")
def ai_widget_embeds(c: Corpus) -> None:
    f = "ai-widget-embeds"
    for _ in range(N):
        c.add(f, "dify-embed-script", "GET", "/embed.min.js", script_h(c, portal(c)))

    def chatbot() -> str:
        return f"/chatbot/{c.alnum(16)}" + c.pick(["", f"?user_id={c.hexs(8)}", "?sys.user_id=guest"])

    pages(c, f, "dify-chatbot-iframe", chatbot, "https://www.hubei.gov.cn/", iframe=True)
    for _ in range(N):
        code = c.alnum(16)
        h = web(c, f"{SITE}/chatbot/{code}", None, False, {"X-App-Code": code})
        c.add(f, "dify-webapp-passport", "GET", "/api/passport", h)
    for _ in range(N):
        doc = {
            "response_mode": "streaming",
            "conversation_id": c.pick(["", c.uid()]),
            "files": [],
            "query": c.pick(QUESTIONS),
            "inputs": {},
            "parent_message_id": c.pick([None, c.uid()]),
        }
        c.add(
            f,
            "dify-webapp-chat",
            "POST",
            "/api/chat-messages",
            widget_h(c, c.alnum(16), "application/json"),
            js_json(doc),
        )
    for _ in range(N):
        c.add(f, "dify-webapp-parameters", "GET", "/api/parameters", widget_h(c, c.alnum(16)))
    for _ in range(N):
        c.add(
            f, "dify-webapp-suggested", "GET", f"/api/messages/{c.uid()}/suggested-questions", widget_h(c, c.alnum(16))
        )
    for _ in range(N):
        rating = c.pick(["like", "dislike", None])
        doc = {
            "rating": rating,
            "content": c.pick(["", "回答很清楚，谢谢", "政策已经更新了，答案不准确", "没解决我的问题"]),
        }
        c.add(
            f,
            "dify-webapp-feedback",
            "POST",
            f"/api/messages/{c.uid()}/feedbacks",
            widget_h(c, c.alnum(16), "application/json"),
            js_json(doc),
        )
    for _ in range(N):
        code = c.alnum(16)
        h, body = upload_xhr(
            c,
            f"{SITE}/chatbot/{code}",
            [("file", ("temp.mp3", "audio/mp3", mp3(c, c.num(4, 12), False)))],
            accept="*/*",
            extra={"Authorization": "Bearer " + passport(c, code)},
        )
        c.add(f, "dify-audio-to-text", "POST", "/api/audio-to-text", h, body)
    for _ in range(N):
        q = f"protocol=https&host={uri(c.pick(['ai.hubei.gov.cn', 'znkf.wuhan.gov.cn']))}&token={c.hexs(8)}"
        c.add(f, "maxkb-embed-script", "GET", f"/api/application/embed?{q}", script_h(c, portal(c)))

    def share() -> str:
        return f"/chat/share?shareId={c.alnum(24, '0123456789abcdefghijklmnopqrstuvwxyz')}" + c.pick(
            ["", "&showHistory=0", "&authToken=" + c.hexs(8)]
        )

    pages(c, f, "fastgpt-share-iframe", share, "https://zwfw.hubei.gov.cn/", iframe=True)


# --- vector-db-rest -------------------------------------------------------------------------------------------------

COLLECTIONS = ["hb_policy_chunks", "hotline_kb_chunks", "matter_guide_chunks"]


def milvus_filter(c: Corpus) -> str:
    return c.pick(
        [
            f'region == "{city(c)}"',
            f'region in ["{city(c)}", "湖北省"] and publish_year >= {c.num(2019, 2025)}',
            'doc_type == "规范性文件" and not (status == "已废止")',
            f'publish_year >= 2023 and (region == "{city(c)}" or region == "湖北省")',
            'json_contains(tags, "公积金") and chunk_index < 50',
            'title like "%营商环境%"',
        ]
    )


def milvus_h(c: Corpus, kind: str = "requests") -> dict[str, str]:
    return sdk(c, kind, "Bearer rag_svc:" + c.alnum(16))


def qdrant_filter(c: Corpus) -> dict:
    flt: dict = {"must": [{"key": "region", "match": {"value": city(c)}}]}
    if c.chance(0.5):
        flt["must"].append({"key": "publish_year", "range": {"gte": c.num(2019, 2025)}})
    if c.chance(0.4):
        flt["must_not"] = [{"key": "status", "match": {"value": "已废止"}}]
    if c.chance(0.3):
        flt["should"] = [{"key": "doc_type", "match": {"any": ["规范性文件", "政策解读"]}}]
    return flt


@family("vector-db-rest")
def vector_db_rest(c: Corpus) -> None:
    f = "vector-db-rest"
    out = ["doc_id", "title", "text", "region", "publish_year"]
    for _ in range(N):
        doc = {
            "collectionName": c.pick(COLLECTIONS),
            "data": [vector(c, 1024)],
            "annsField": "dense",
            "filter": milvus_filter(c),
            "limit": c.pick([5, 10, 20]),
            "outputFields": out,
            "searchParams": {"metricType": "COSINE", "params": {"ef": 64}},
        }
        c.add(f, "milvus-search", "POST", "/v2/vectordb/entities/search", milvus_h(c), py_json(doc))
    for _ in range(N):
        doc = {
            "collectionName": c.pick(COLLECTIONS),
            "search": [
                {"data": [vector(c, 1024)], "annsField": "dense", "limit": 20, "filter": milvus_filter(c)},
                {"data": [vector(c, 768)], "annsField": "title_dense", "limit": 20},
            ],
            "rerank": {"strategy": "rrf", "params": {"k": 60}},
            "limit": 10,
            "outputFields": out,
        }
        c.add(f, "milvus-hybrid-search", "POST", "/v2/vectordb/entities/hybrid_search", milvus_h(c, "go"), go_json(doc))
    for _ in range(N):
        ids = ", ".join(f'"{c.hexs(8)}"' for _ in range(c.num(1, 3)))
        doc = {
            "collectionName": c.pick(COLLECTIONS),
            "filter": f"doc_id in [{ids}] and chunk_index >= 0",
            "outputFields": [*out, "chunk_index"],
            "limit": 100,
        }
        c.add(f, "milvus-query", "POST", "/v2/vectordb/entities/query", milvus_h(c), py_json(doc))
    for _ in range(N):
        docid, title = c.hexs(8), c.pick(DOC_NAMES)
        rows = [
            {
                "doc_id": docid,
                "chunk_index": i,
                "title": title,
                "text": c.pick(POLICY_ARTICLES),
                "region": city(c),
                "publish_year": c.num(2019, 2026),
                "tags": c.sample(["公积金", "社保", "营商环境", "户籍"], 2),
                "dense": vector(c, 1024),
            }
            for i in range(c.num(1, 2))
        ]
        c.add(
            f,
            "milvus-insert",
            "POST",
            "/v2/vectordb/entities/insert",
            milvus_h(c),
            py_json({"collectionName": c.pick(COLLECTIONS), "data": rows}),
        )
    for _ in range(N):
        fields = [
            {"fieldName": "id", "dataType": "Int64", "isPrimary": True},
            {"fieldName": "doc_id", "dataType": "VarChar", "elementTypeParams": {"max_length": 64}},
            {"fieldName": "text", "dataType": "VarChar", "elementTypeParams": {"max_length": 8192}},
            {"fieldName": "region", "dataType": "VarChar", "elementTypeParams": {"max_length": 32}},
            {"fieldName": "publish_year", "dataType": "Int16"},
            {"fieldName": "dense", "dataType": "FloatVector", "elementTypeParams": {"dim": "1024"}},
        ]
        doc = {
            "collectionName": c.pick(COLLECTIONS) + c.pick(["", "_v2", "_2026"]),
            "schema": {"autoId": True, "enableDynamicField": True, "fields": fields},
            "indexParams": [
                {
                    "fieldName": "dense",
                    "metricType": "COSINE",
                    "indexName": "dense_idx",
                    "params": {"index_type": "HNSW", "M": 16, "efConstruction": 200},
                }
            ],
        }
        c.add(f, "milvus-create-collection", "POST", "/v2/vectordb/collections/create", milvus_h(c), py_json(doc))
    for _ in range(N):
        c.add(
            f,
            "milvus-describe",
            "POST",
            "/v2/vectordb/collections/describe",
            console(
                c,
                f"{SITE}/#/databases/default/collections",
                "application/json",
                False,
                {"Authorization": "Bearer root:" + c.alnum(12)},
            ),
            js_json({"collectionName": c.pick(COLLECTIONS), "dbName": "default"}),
        )
    for _ in range(N):
        doc = {
            "vector": vector(c, 1024),
            "filter": qdrant_filter(c),
            "limit": c.pick([5, 10]),
            "with_payload": True,
            "params": {"hnsw_ef": 128, "exact": False},
        }
        c.add(
            f,
            "qdrant-search",
            "POST",
            f"/collections/{c.pick(COLLECTIONS)}/points/search",
            sdk(c, "httpx", None, extra={"api-key": c.hexs(16)}),
            httpx_json(doc),
        )
    for _ in range(N):
        doc = {
            "filter": qdrant_filter(c),
            "limit": c.pick([20, 100]),
            "with_payload": ["doc_id", "title", "region"],
            "with_vector": False,
        }
        if c.chance(0.5):
            doc["offset"] = c.uid()
        c.add(
            f,
            "qdrant-scroll",
            "POST",
            f"/collections/{c.pick(COLLECTIONS)}/points/scroll",
            sdk(c, "httpx", None, extra={"api-key": c.hexs(16)}),
            httpx_json(doc),
        )
    for _ in range(N):
        c.add(
            f,
            "qdrant-collection-info",
            "GET",
            f"/collections/{c.pick(COLLECTIONS)}",
            console(c, f"{SITE}/dashboard#/collections", None, False, {"api-key": c.hexs(16)}),
        )
    for _ in range(N):
        vec = ",".join(str(x) for x in vector(c, 384))
        q = (
            "{ Get { PolicyChunk(nearVector: {vector: [" + vec + ']}, where: {path: ["region"], operator: Equal, '
            f'valueText: "{city(c)}"}}, limit: {c.pick([3, 5])}) '
            "{ title text publishYear _additional { distance } } } }"
        )
        c.add(
            f,
            "weaviate-graphql",
            "POST",
            "/v1/graphql",
            sdk(c, "requests", "Bearer " + c.alnum(32)),
            py_json({"query": q}),
        )
    for _ in range(N):
        doc = {
            "query_embeddings": [vector(c, 512)],
            "n_results": c.pick([4, 8]),
            "where": {"$and": [{"region": {"$eq": city(c)}}, {"publish_year": {"$gte": c.num(2019, 2025)}}]},
            "include": ["documents", "metadatas", "distances"],
        }
        path = f"/api/v2/tenants/default_tenant/databases/default_database/collections/{c.uid()}/query"
        c.add(
            f,
            "chroma-query",
            "POST",
            path,
            sdk(c, "httpx", None, extra={"x-chroma-token": c.alnum(24)}),
            httpx_json(doc),
        )


# --- mcp-gov-data-tools ---------------------------------------------------------------------------------------------

MCP_TOOLS = {
    "search_matter_guide": {
        "type": "object",
        "properties": {
            "keyword": {"type": "string"},
            "region_code": {"type": "string"},
            "target": {"type": "string", "enum": ["个人", "法人"]},
        },
        "required": ["keyword"],
    },
    "query_service_stats": {
        "type": "object",
        "properties": {
            "region_code": {"type": "string"},
            "start_date": {"type": "string"},
            "end_date": {"type": "string"},
            "group_by": {"type": "string", "enum": ["dept", "matter", "day"]},
        },
        "required": ["region_code", "start_date", "end_date"],
    },
    "search_policy_docs": {
        "type": "object",
        "properties": {
            "query": {"type": "string"},
            "issuer": {"type": "string"},
            "year_from": {"type": "integer"},
            "top_k": {"type": "integer"},
        },
        "required": ["query"],
    },
}
MCP_PATHS = ["/mcp", "/mcp/", "/zwsj/mcp"]


def mcp_h(c: Corpus, session: str | None, version: bool = True) -> dict[str, str]:
    kind = c.pick(["httpx", "node"])
    extra = {}
    if session:
        extra["mcp-session-id"] = session
    if version and session:
        extra["mcp-protocol-version"] = "2025-06-18"
    h = sdk(c, kind, "Bearer " + c.alnum(40), "application/json", extra)
    key = "accept" if kind == "node" else "Accept"
    h[key] = "application/json, text/event-stream"
    return h


def rpc(method: str, params: dict | None, rid: int | None) -> str:
    msg: dict = {"jsonrpc": "2.0"}
    if rid is not None:
        msg["id"] = rid
    msg["method"] = method
    if params is not None:
        msg["params"] = params
    return httpx_json(msg)


@family("mcp-gov-data-tools")
def mcp_gov_data_tools(c: Corpus) -> None:
    f = "mcp-gov-data-tools"
    for _ in range(N):
        client = c.pick(
            [("dify-mcp-client", "0.1.0"), ("mcp", "0.1.0"), ("cherry-studio", "1.4.2"), ("hb-agent", "2.3")]
        )
        params = {
            "protocolVersion": c.pick(["2025-06-18", "2025-03-26"]),
            "capabilities": c.pick([{}, {"sampling": {}, "roots": {"listChanged": True}}]),
            "clientInfo": {"name": client[0], "version": client[1]},
        }
        c.add(f, "initialize", "POST", c.pick(MCP_PATHS), mcp_h(c, None), rpc("initialize", params, 0))
    for _ in range(N):
        c.add(
            f,
            "initialized-notify",
            "POST",
            c.pick(MCP_PATHS),
            mcp_h(c, c.hexs(16)),
            rpc("notifications/initialized", None, None),
        )
    for _ in range(N):
        params = c.pick([None, {}, {"cursor": c.b64(9)}])
        c.add(f, "tools-list", "POST", c.pick(MCP_PATHS), mcp_h(c, c.hexs(16)), rpc("tools/list", params, c.num(1, 9)))
    for _ in range(N):
        args = {
            "keyword": c.pick(["公积金提取", "新生儿落户", "食品经营许可", "二手房过户"]),
            "region_code": c.pick(list(CITIES)),
        }
        if c.chance(0.5):
            args["target"] = c.pick(["个人", "法人"])
        c.add(
            f,
            "tools-call-matter",
            "POST",
            c.pick(MCP_PATHS),
            mcp_h(c, c.hexs(16)),
            rpc("tools/call", {"name": "search_matter_guide", "arguments": args}, c.num(2, 30)),
        )
    for _ in range(N):
        start = c.day(-90, -30)
        args = {
            "region_code": c.pick(list(CITIES)),
            "start_date": f"{start:%Y-%m-%d}",
            "end_date": f"{start + timedelta(days=c.num(6, 60)):%Y-%m-%d}",
            "group_by": c.pick(["dept", "matter", "day"]),
        }
        c.add(
            f,
            "tools-call-stats",
            "POST",
            c.pick(MCP_PATHS),
            mcp_h(c, c.hexs(16)),
            rpc(
                "tools/call",
                {"name": "query_service_stats", "arguments": args, "_meta": {"progressToken": c.num(1, 99)}},
                c.num(2, 30),
            ),
        )
    for _ in range(N):
        args = {
            "query": c.pick(["高校毕业生 就业补贴", "优化营商环境 一网通办", "老旧小区改造", "住房公积金 提取"]),
            "issuer": c.pick(["湖北省人民政府", "湖北省人力资源和社会保障厅", "武汉市人民政府办公厅"]),
            "year_from": c.num(2018, 2025),
            "top_k": c.pick([5, 10]),
        }
        c.add(
            f,
            "tools-call-policy",
            "POST",
            c.pick(MCP_PATHS),
            mcp_h(c, c.hexs(16)),
            rpc("tools/call", {"name": "search_policy_docs", "arguments": args}, c.num(2, 30)),
        )
    for _ in range(N):
        uri_ = c.pick(
            [
                f"policy://hubei/{c.num(2019, 2026)}/{c.num(1, 60)}",
                f"guide://matter/{c.digits(18)}",
                f"stats://{c.pick(list(CITIES))}/monthly/{c.num(2025, 2026)}-{c.num(1, 12):02d}",
            ]
        )
        c.add(
            f,
            "resources-read",
            "POST",
            c.pick(MCP_PATHS),
            mcp_h(c, c.hexs(16)),
            rpc("resources/read", {"uri": uri_}, c.num(2, 30)),
        )
    for _ in range(N):
        args = {
            "doc_type": c.pick(["通知", "请示", "函"]),
            "topic": c.pick(["防汛值守", "政务服务满意度调查", "数据共享"]),
        }
        c.add(
            f,
            "prompts-get",
            "POST",
            c.pick(MCP_PATHS),
            mcp_h(c, c.hexs(16)),
            rpc("prompts/get", {"name": "draft_gongwen", "arguments": args}, c.num(2, 30)),
        )
    for _ in range(N):
        h = mcp_h(c, c.hexs(16))
        for k in ("Content-Type", "content-type"):
            h.pop(k, None)
        key = "accept" if "accept" in h else "Accept"
        h[key] = "text/event-stream"
        c.add(f, "sse-stream", "GET", c.pick(MCP_PATHS), h)
    for _ in range(N):
        batch = [
            json.loads(rpc("tools/call", {"name": "search_matter_guide", "arguments": {"keyword": k}}, i))
            for i, k in enumerate(c.sample(["居住证", "社保卡", "医保备案", "营业执照"], 2), start=c.num(3, 40))
        ]
        c.add(f, "batch-calls", "POST", c.pick(MCP_PATHS), mcp_h(c, c.hexs(16), version=False), httpx_json(batch))


# --- workflow-prompt-ops -------------------------------------------------------------------------------------------

CODE_NODE = (
    "def main(arg1: str, arg2: str) -> dict:\n    labels = [x.strip() for x in arg1.split(',') if x.strip()]\n"
    '    return {\n        "result": labels[0] if labels else arg2,\n    }\n'
)
JINJA = (
    "{% for item in chunks %}\n【{{ loop.index }}】{{ item.title }}\n{{ item.content | truncate(300) }}\n{% endfor %}\n"
    "问题：{{ query }}"
)


def dify_graph(c: Corpus) -> dict:
    ids = [str(c.ms()) for _ in range(6)]
    nodes = [
        {
            "id": ids[0],
            "type": "custom",
            "data": {
                "type": "start",
                "title": "开始",
                "variables": [
                    {
                        "variable": "ticket",
                        "label": "工单内容",
                        "type": "paragraph",
                        "required": True,
                        "max_length": 4000,
                    }
                ],
            },
            "position": {"x": 80, "y": 282},
        },
        {
            "id": ids[1],
            "type": "custom",
            "data": {
                "type": "knowledge-retrieval",
                "title": "知识检索",
                "query_variable_selector": [ids[0], "ticket"],
                "dataset_ids": [c.uid()],
                "retrieval_mode": "multiple",
            },
            "position": {"x": 384, "y": 282},
        },
        {
            "id": ids[2],
            "type": "custom",
            "data": {
                "type": "template-transform",
                "title": "拼接上下文",
                "template": JINJA,
                "variables": [
                    {"variable": "chunks", "value_selector": [ids[1], "result"]},
                    {"variable": "query", "value_selector": [ids[0], "ticket"]},
                ],
            },
            "position": {"x": 688, "y": 282},
        },
        {
            "id": ids[3],
            "type": "custom",
            "data": {
                "type": "llm",
                "title": "分类",
                "model": {
                    "provider": "langgenius/openai_api_compatible/openai_api_compatible",
                    "name": c.pick(MODELS),
                    "mode": "chat",
                    "completion_params": {"temperature": 0.1},
                },
                "prompt_template": [
                    {"role": "system", "text": "从以下分类中选择一个：" + "、".join(LABELS)},
                    {"role": "user", "text": "{{#" + ids[2] + ".output#}}"},
                ],
                "context": {"enabled": False},
            },
            "position": {"x": 992, "y": 282},
        },
        {
            "id": ids[4],
            "type": "custom",
            "data": {
                "type": "code",
                "title": "取标签",
                "code_language": "python3",
                "code": CODE_NODE,
                "variables": [
                    {"variable": "arg1", "value_selector": [ids[3], "text"]},
                    {"variable": "arg2", "value_selector": [ids[0], "ticket"]},
                ],
                "outputs": {"result": {"type": "string", "children": None}},
            },
            "position": {"x": 1296, "y": 282},
        },
        {
            "id": ids[5],
            "type": "custom",
            "data": {
                "type": "end",
                "title": "结束",
                "outputs": [{"variable": "label", "value_selector": [ids[4], "result"]}],
            },
            "position": {"x": 1600, "y": 282},
        },
    ]
    edges = [
        {
            "id": f"{a}-source-{b}-target",
            "type": "custom",
            "source": a,
            "sourceHandle": "source",
            "target": b,
            "targetHandle": "target",
            "data": {"sourceType": nodes[i]["data"]["type"], "targetType": nodes[i + 1]["data"]["type"]},
        }
        for i, (a, b) in enumerate(itertools.pairwise(ids))
    ]
    return {"nodes": nodes, "edges": edges, "viewport": {"x": c.num(-200, 100), "y": c.num(-50, 80), "zoom": 0.7}}


def dify_console_h(c: Corpus, ref: str, ctype: str | None = "application/json") -> dict[str, str]:
    return console(
        c,
        ref,
        ctype,
        f"locale=zh-Hans; csrf_token={c.b64(24, urlsafe=True)}",
        {"Authorization": f"Bearer {c.b64(30, urlsafe=True)}"},
    )


def langfuse_h(c: Corpus) -> dict[str, str]:
    pk = f"pk-lf-{c.uid()}"
    cred = base64.b64encode(f"{pk}:sk-lf-{c.uid()}".encode()).decode()
    extra = {"x_langfuse_sdk_name": "python", "x_langfuse_sdk_version": "2.60.3", "x_langfuse_public_key": pk}
    return sdk(c, "httpx", "Basic " + cred, extra=extra)


@family("workflow-prompt-ops")
def workflow_prompt_ops(c: Corpus) -> None:
    f = "workflow-prompt-ops"
    for _ in range(N):
        app = c.uid()
        doc = {
            "graph": dify_graph(c),
            "features": {
                "opening_statement": "",
                "suggested_questions": [],
                "file_upload": {"enabled": False},
                "retriever_resource": {"enabled": True},
            },
            "environment_variables": [{"name": "region", "value": city(c), "value_type": "string", "id": c.uid()}],
            "conversation_variables": [],
            "hash": c.hexs(32),
        }
        c.add(
            f,
            "dify-workflow-draft",
            "POST",
            f"/console/api/apps/{app}/workflows/draft",
            dify_console_h(c, f"{SITE}/app/{app}/workflow"),
            js_json(doc),
        )
    for _ in range(N):
        name = c.pick(["12345工单分类", "公文校对", "政策问答"])
        yaml_content = (
            f"app:\n  description: {name}（湖北省大数据中心）\n  icon: 🤖\n  mode: workflow\n  name: {name}\n"
            "kind: app\nversion: 0.1.5\nworkflow:\n  graph:\n    nodes:\n    - data:\n        title: 开始\n"
            "        type: start\n        variables: []\n      id: '1742100000000'\n"
            "    - data:\n        title: LLM\n        type: llm\n        prompt_template:\n        - role: system\n"
            "          text: 你是政务助手，请用规范的书面语回答。\n        - role: user\n          text: "
            "'{{#sys.query#}}'\n"
            "      id: '1742100000001'\n    edges: []\n"
        )
        c.add(
            f,
            "dify-dsl-import",
            "POST",
            "/console/api/apps/imports",
            dify_console_h(c, f"{SITE}/apps"),
            js_json({"mode": "yaml-content", "yaml_content": yaml_content, "name": name}),
        )
    for _ in range(N):
        app = c.uid()
        c.add(
            f,
            "dify-draft-run",
            "POST",
            f"/console/api/apps/{app}/workflows/draft/run",
            dify_console_h(c, f"{SITE}/app/{app}/workflow"),
            js_json({"inputs": {"ticket": c.pick(TICKETS)}, "files": []}),
        )
    for _ in range(N):
        app, node = c.uid(), str(c.ms())
        c.add(
            f,
            "dify-node-run",
            "POST",
            f"/console/api/apps/{app}/workflows/draft/nodes/{node}/run",
            dify_console_h(c, f"{SITE}/app/{app}/workflow"),
            js_json({"inputs": {"arg1": c.pick(LABELS) + "," + c.pick(LABELS), "arg2": c.pick(TICKETS)}}),
        )
    for _ in range(N):
        name = c.pick(["hotline-classify", "gongwen-draft", "policy-qa", "ticket-summary"])
        doc = {
            "name": name,
            "type": "chat",
            "prompt": [
                {"role": "system", "content": "你是{{department}}的政务助手。分类标签：{{labels}}。只输出标签。"},
                {"role": "user", "content": "工单内容：{{ticket}}"},
            ],
            "config": {"model": c.pick(MODELS), "temperature": 0.1},
            "labels": c.pick([["production"], ["staging"], []]),
            "tags": ["12345", "湖北"],
        }
        c.add(f, "langfuse-prompt-create", "POST", "/api/public/v2/prompts", langfuse_h(c), httpx_json(doc))
    for _ in range(N):
        name = c.pick(["hotline-classify", "gongwen-draft", "policy-qa", "ticket-summary"])
        c.add(
            f,
            "langfuse-prompt-get",
            "GET",
            f"/api/public/v2/prompts/{name}?label={c.pick(['production', 'latest'])}",
            langfuse_h(c),
        )
    for _ in range(N):
        trace, ts = c.uid(), f"2026-03-{c.num(1, 28):02d}T0{c.num(1, 9)}:{c.num(10, 59)}:{c.num(10, 59)}.{c.digits(6)}Z"
        q = c.pick(TICKETS)
        batch = [
            {
                "id": c.uid(),
                "timestamp": ts,
                "type": "trace-create",
                "body": {
                    "id": trace,
                    "name": "hotline-classify",
                    "userId": c.pick(USERS),
                    "input": q,
                    "metadata": {"region": city(c)},
                    "tags": ["12345"],
                },
            },
            {
                "id": c.uid(),
                "timestamp": ts,
                "type": "generation-create",
                "body": {
                    "id": c.uid(),
                    "traceId": trace,
                    "name": "classify",
                    "model": c.pick(MODELS),
                    "input": [{"role": "user", "content": q}],
                    "output": {"role": "assistant", "content": c.pick(LABELS)},
                    "usage": {"input": c.num(200, 900), "output": c.num(2, 12), "unit": "TOKENS"},
                    "startTime": ts,
                    "endTime": ts,
                },
            },
        ]
        h = langfuse_h(c)
        c.add(
            f,
            "langfuse-ingestion",
            "POST",
            "/api/public/ingestion",
            h,
            httpx_json(
                {
                    "batch": batch,
                    "metadata": {
                        "batch_size": 2,
                        "sdk_name": "python",
                        "sdk_version": "2.60.3",
                        "public_key": h["x_langfuse_public_key"],
                    },
                }
            ),
        )
    for _ in range(N):
        doc = {
            "datasetName": c.pick(["hotline-cls-eval-2026q1", "policy-qa-golden"]),
            "input": {"ticket": c.pick(TICKETS)},
            "expectedOutput": c.pick(LABELS),
            "metadata": {"source": "12345工单抽样", "annotator": c.pick(USERS)},
        }
        c.add(f, "langfuse-dataset-item", "POST", "/api/public/dataset-items", langfuse_h(c), httpx_json(doc))


# --- speech-vision-serving -------------------------------------------------------------------------------------------


@family("speech-vision-serving")
def speech_vision_serving(c: Corpus) -> None:
    f = "speech-vision-serving"
    for _ in range(N):
        parts = [
            ("model", c.pick(["whisper-large-v3", "SenseVoiceSmall", "paraformer-zh"])),
            ("language", "zh"),
            ("response_format", c.pick(["json", "text"])),
            ("file", (f"12345_{c.digits(10)}.wav", "audio/wav", wav(c, c.pick([0.3, 0.5])))),
        ]
        ctype, body = sdk_multipart(c, parts)
        c.add(
            f,
            "asr-transcription-wav",
            "POST",
            "/v1/audio/transcriptions",
            sdk(c, "openai-py", f"Bearer {sk(c)}", ctype),
            body,
        )
    for _ in range(N):
        parts = [
            ("file", (f"录音_{c.digits(6)}.mp3", "audio/mpeg", mp3(c, c.num(8, 30), True))),
            ("model", "whisper-large-v3"),
            ("response_format", "verbose_json"),
            ("timestamp_granularities[]", "segment"),
            ("prompt", "以下是12345热线的普通话通话录音。"),
        ]
        ctype, body = sdk_multipart(c, parts)
        c.add(
            f,
            "asr-transcription-mp3",
            "POST",
            "/v1/audio/transcriptions",
            sdk(c, "openai-py", f"Bearer {sk(c)}", ctype),
            body,
        )
    for _ in range(N):
        ctype, body = sdk_multipart(c, [("audio", (f"{c.uid()}.wav", "audio/wav", wav(c, 0.3)))])
        c.add(f, "funasr-recognition", "POST", "/recognition", sdk(c, "requests", None, ctype), body)
    for _ in range(N):
        doc = {
            "model": c.pick(["cosyvoice-300m-sft", "CosyVoice2-0.5B"]),
            "input": c.pick(POLICY_ARTICLES)[:100],
            "voice": c.pick(["中文女", "中文男"]),
            "response_format": c.pick(["mp3", "wav"]),
            "speed": c.pick([1.0, 0.9, 1.1]),
        }
        c.add(f, "tts-speech", "POST", "/v1/audio/speech", sdk(c, "openai-py", f"Bearer {sk(c)}"), httpx_json(doc))
    for _ in range(N):
        img = jpeg(c, c.num(600, 2000))
        doc = {
            "model": "qwen2.5-vl-32b-instruct",
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64," + b64s(img)}},
                        {
                            "type": "text",
                            "text": c.pick(
                                [
                                    "识别这张营业执照上的统一社会信用代码、名称和住所，输出JSON。",
                                    "这张截图里的报错是什么意思？",
                                    "提取这张告知单中的办理时限和所需材料。",
                                ]
                            ),
                        },
                    ],
                }
            ],
            "max_tokens": 1024,
        }
        c.add(f, "vision-chat", "POST", "/v1/chat/completions", sdk(c, "openai-py", f"Bearer {sk(c)}"), httpx_json(doc))
    for _ in range(N):
        name = c.pick(DOC_NAMES)
        parts = [
            ("files", (f"{name}.pdf", "application/pdf", pdf_head(c, c.num(1500, 4000)))),
            ("parse_method", "auto"),
            ("lang_list", "ch"),
            ("return_md", "true"),
            ("return_content_list", c.pick(["true", "false"])),
            ("backend", "pipeline"),
        ]
        ctype, body = sdk_multipart(c, parts)
        c.add(f, "mineru-file-parse", "POST", "/file_parse", sdk(c, "requests", None, ctype), body)
    for _ in range(N):
        name, mtype = c.pick(
            [
                ("SenseVoiceSmall", "audio"),
                ("bge-m3", "embedding"),
                ("qwen2.5-vl-instruct", "LLM"),
                ("bge-reranker-v2-m3", "rerank"),
                ("CosyVoice2-0.5B", "audio"),
            ]
        )
        doc = {
            "model_uid": None if c.chance(0.5) else name.lower(),
            "model_name": name,
            "model_type": mtype,
            "replica": 1,
            "n_gpu": "auto",
        }
        if mtype == "LLM":
            doc.update(
                {
                    "model_engine": "vllm",
                    "model_format": "pytorch",
                    "model_size_in_billions": 32,
                    "quantization": "none",
                }
            )
        c.add(
            f,
            "xinference-launch",
            "POST",
            "/v1/models",
            console(c, f"{SITE}/ui/#/launch_model/{mtype.lower()}", "application/json"),
            js_json(doc),
        )
    for _ in range(N):
        c.add(
            f,
            "xinference-describe",
            "GET",
            f"/v1/models/{c.pick(['sensevoicesmall', 'bge-m3', 'qwen2.5-vl'])}",
            console(c, f"{SITE}/ui/#/running_models/LLM"),
        )


# --- label-finetune-gradio -------------------------------------------------------------------------------------------

LS_CONFIG = (
    '<View>\n  <Text name="text" value="$text"/>\n  <Choices name="label" toName="text" choice="single" '
    'showInLine="true">\n' + "".join(f'    <Choice value="{x}"/>\n' for x in LABELS) + "  </Choices>\n</View>"
)


def ls_h(c: Corpus, ref: str, ctype: str | None = "application/json") -> dict[str, str]:
    tok = c.alnum(64)
    return console(
        c,
        ref,
        ctype,
        f"csrftoken={tok}; sessionid={c.alnum(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}",
        {"X-CSRFToken": tok},
    )


def session_hash(c: Corpus) -> str:
    """Gradio's client: Math.random().toString(36).substring(2), 11 characters."""
    return c.alnum(11, "abcdefghijklmnopqrstuvwxyz0123456789")


@family("label-finetune-gradio")
def label_finetune_gradio(c: Corpus) -> None:
    f = "label-finetune-gradio"
    for _ in range(N):
        task, project = c.num(1000, 90000), c.num(2, 40)
        doc = {
            "result": [
                {
                    "value": {"choices": [c.pick(LABELS)]},
                    "id": c.alnum(10),
                    "from_name": "label",
                    "to_name": "text",
                    "type": "choices",
                    "origin": "manual",
                }
            ],
            "draft_id": 0,
            "parent_prediction": c.pick([None, c.num(100, 9000)]),
            "parent_annotation": None,
            "started_at": f"2026-03-{c.num(1, 28):02d}T0{c.num(1, 9)}:{c.num(10, 59)}:{c.num(10, 59)}.{c.digits(3)}Z",
            "project": str(project),
            "lead_time": round(c.rnd.uniform(3, 90), 3),
        }
        c.add(
            f,
            "ls-annotation",
            "POST",
            f"/api/tasks/{task}/annotations?project={project}",
            ls_h(c, f"{SITE}/projects/{project}/data?tab={c.num(1, 90)}&task={task}"),
            js_json(doc),
        )
    for _ in range(N):
        doc = {
            "title": c.pick(["12345工单分类标注", "政策问答对质检", "公文要素抽取"]) + f"-{c.num(1, 9)}期",
            "description": "湖北省12345热线工单抽样，按一级分类标注",
            "label_config": LS_CONFIG,
            "expert_instruction": "<p>每条工单只选一个一级分类；无法判断的选“民政社区”并在备注说明。</p>",
            "show_instruction": True,
            "maximum_annotations": c.pick([1, 2]),
        }
        c.add(f, "ls-project-create", "POST", "/api/projects", ls_h(c, f"{SITE}/projects/"), js_json(doc))
    for _ in range(N):
        tasks = [{"data": {"text": t, "ticket_no": f"HB{c.digits(12)}"}} for t in c.sample(TICKETS, 3)]
        data = json.dumps(tasks, ensure_ascii=False, indent=1).encode()
        project, tok = c.num(2, 40), c.alnum(64)
        h, body = console_upload(
            c,
            f"{SITE}/projects/{project}/data/import",
            [("file", (f"hotline_sample_{c.digits(4)}.json", "application/json", data))],
            accept="*/*",
            cookie=f"csrftoken={tok}; sessionid={c.alnum(32)}",
            extra={"X-CSRFToken": tok},
        )
        c.add(f, "ls-import", "POST", f"/api/projects/{project}/import?commit_to_project=false", h, body)
    for _ in range(N):
        project = c.num(2, 40)
        q = f"exportType={c.pick(['JSON', 'JSON_MIN', 'CSV'])}&download_all_tasks={c.pick(['true', 'false'])}"
        h = nav(c, f"{SITE}/projects/{project}/data", f"sessionid={c.alnum(32)}", mobile=0.0)
        c.add(f, "ls-export", "GET", f"/api/projects/{project}/export?{q}", h)
    for _ in range(N):
        data = [
            "zh",
            "Qwen2.5-7B-Instruct",
            "/data/models/Qwen2.5-7B-Instruct",
            "lora",
            None,
            "default",
            "none",
            "auto",
            "auto",
            "train",
            "data",
            ["hb_hotline_sft", "hb_policy_qa"],
            1024,
            "5e-5",
            "3.0",
            "1.0",
            100000,
            "cosine",
            2,
            8,
            10,
            100,
            1,
            False,
            False,
        ]
        doc = {
            "data": data,
            "event_data": None,
            "fn_index": c.num(40, 60),
            "trigger_id": c.num(100, 180),
            "session_hash": session_hash(c),
        }
        c.add(
            f,
            "llamafactory-join",
            "POST",
            "/llamafactory/gradio_api/queue/join?",
            console(c, f"{SITE}/llamafactory/", "application/json"),
            js_json(doc),
        )
    for _ in range(N):
        hist = (
            []
            if c.chance(0.5)
            else [
                {"role": "user", "content": c.pick(QUESTIONS)},
                {"role": "assistant", "content": c.pick(POLICY_ARTICLES)[:60]},
            ]
        )
        doc = {
            "data": [c.pick(QUESTIONS), hist],
            "event_data": None,
            "fn_index": c.num(0, 4),
            "trigger_id": c.num(5, 30),
            "session_hash": session_hash(c),
        }
        c.add(
            f,
            "gradio-demo-join",
            "POST",
            "/gradio_api/queue/join?",
            web(c, f"{SITE}/", "application/json"),
            js_json(doc),
        )
    for _ in range(N):
        h = web(c, f"{SITE}/")
        h["Accept"] = "text/event-stream"
        c.add(f, "gradio-demo-data", "GET", f"/gradio_api/queue/data?session_hash={session_hash(c)}", h)
    for _ in range(N):
        h, body = upload_xhr(c, f"{SITE}/", [("files", a_document(c, ("pdf", "docx")))], accept="*/*")
        c.add(f, "gradio-demo-upload", "POST", f"/gradio_api/upload?upload_id={session_hash(c)}", h, body)
    for _ in range(N):
        c.add(f, "gradio-config", "GET", "/config", web(c, f"{SITE}/"))


# --- hotline-gongwen-llm ---------------------------------------------------------------------------------------------


def assist(c: Corpus) -> dict[str, str]:
    return sdk(c, c.pick(["okhttp", "spring"]), f"Bearer {sk(c)}")


GONGWEN_TOPICS = [
    "关于做好2026年汛期政务服务保障工作",
    "关于申请政务大模型算力扩容经费",
    "关于开展12345热线工单质量抽查",
]


def java_json(doc: object) -> str:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


@family("hotline-gongwen-llm")
def hotline_gongwen_llm(c: Corpus) -> None:
    f = "hotline-gongwen-llm"
    for _ in range(N):
        doc = {
            "model": c.pick(MODELS[2:]),
            "temperature": 0,
            "messages": [
                {
                    "role": "system",
                    "content": "你是12345热线工单分类助手。一级分类只能从以下标签中选择："
                    + "、".join(LABELS)
                    + '。输出JSON：{"label":"…","confidence":0-1,"reason":"…"}',
                },
                {"role": "user", "content": c.pick(TICKETS)},
            ],
            "response_format": {"type": "json_object"},
        }
        c.add(f, "ticket-classify", "POST", "/v1/chat/completions", assist(c), java_json(doc))
    for _ in range(N):
        transcript = "\n".join(
            f"{c.pick(['话务员', '来电人'])}：{x}"
            for x in c.sample(
                [
                    "您好，12345热线，请问有什么可以帮您？",
                    "我要反映一下我们小区的问题。",
                    "请问具体地址是哪里？",
                    "武汉市洪山区珞喻路附近，已经快一个月了。",
                    "好的，我们会转交相关部门，3个工作日内回复。",
                    "能不能快一点，家里有老人。",
                    "收到，我们会备注加急。",
                ],
                5,
            )
        )
        doc = {
            "model": c.pick(MODELS),
            "messages": [
                {
                    "role": "system",
                    "content": "请将通话记录整理为工单摘要，包含：诉求人、诉求地点、诉求内容、诉求类型，200字以内。",
                },
                {"role": "user", "content": transcript},
            ],
            "max_tokens": 512,
        }
        c.add(f, "ticket-summary", "POST", "/v1/chat/completions", assist(c), java_json(doc))
    for _ in range(N):
        arts = c.sample(POLICY_ARTICLES, 2)
        doc = {
            "model": c.pick(MODELS),
            "messages": [
                {
                    "role": "system",
                    "content": "你是承办单位答复拟稿助手。请依据下列政策原文起草答复，引用时注明文件名称和条款。\n"
                    + "\n".join(arts),
                },
                {"role": "user", "content": "工单内容：" + c.pick(TICKETS)},
            ],
            "temperature": 0.3,
        }
        c.add(f, "reply-draft-policy", "POST", "/v1/chat/completions", assist(c), java_json(doc))
    for _ in range(N):
        doc = {
            "model": c.pick(MODELS[:2]),
            "stream": True,
            "messages": [
                {
                    "role": "system",
                    "content": "按照《党政机关公文格式》（GB/T 9704-2012）和《党政机关公文处理工作条例》起草公文，"
                    "标题用2号小标宋体，正文用3号仿宋体，层次序数依次用“一、”“（一）”“1.”“（1）”。",
                },
                {
                    "role": "user",
                    "content": f"起草一份{c.pick(['通知', '请示', '函', '报告'])}，"
                    f"主题：{c.pick(GONGWEN_TOPICS)}，"
                    f"发文机关：{c.pick(['湖北省人民政府办公厅', '湖北省数据局', '武汉市政务服务和大数据管理局'])}，"
                    "要点"
                    f"：{c.pick(['完成率达到98%以上', '经费预算380万元，其中算力租赁占65%', '抽查比例不低于5%'])}。",
                },
            ],
        }
        c.add(f, "gongwen-draft-stream", "POST", "/v1/chat/completions", assist(c), java_json(doc))
    for _ in range(N):
        text = c.pick(
            [
                "各市、州、县人民政府，省政府各部门：\n为进一步提升政务服务效能，现就有关事项通知如下：\n一、"
                "提高思想认识。"
                "各地各部门要充分认识做好此项工作的重要性和紧迫性，切实加强组织领导。\n二、压实工作责任……",
                "关于申请增加政务云资源的请示\n省财政厅：\n根据《湖北省数字政府建设总体规划（2023-2027年）》要求，"
                "我局承建的政务大模型平台日均调用量已达12.6万次，现有算力使用率长期高于85%……",
            ]
        )
        doc = {
            "model": c.pick(MODELS),
            "messages": [
                {
                    "role": "system",
                    "content": "你是公文校对助手。找出错别字、标点和格式问题，逐条列出“原文→修改建议”。",
                },
                {"role": "user", "content": text},
            ],
            "temperature": 0,
        }
        c.add(f, "gongwen-proofread", "POST", "/v1/chat/completions", assist(c), java_json(doc))
    for _ in range(N):
        chunks = "\n\n".join(f"[{i + 1}] {a}" for i, a in enumerate(c.sample(POLICY_ARTICLES, 3)))
        doc = {
            "model": c.pick(MODELS),
            "messages": [
                {
                    "role": "system",
                    "content": "仅根据参考资料回答，答案中用[编号]标注出处；资料中没有的请回答“请咨询12345”。",
                },
                {"role": "user", "content": f"参考资料：\n{chunks}\n\n问题：{c.pick(QUESTIONS)}"},
            ],
            "temperature": 0.1,
        }
        c.add(f, "policy-rag-answer", "POST", "/v1/chat/completions", assist(c), java_json(doc))
    for _ in range(N):
        items = [{"no": f"HB{c.digits(12)}", "content": t, "region": city(c)} for t in c.sample(TICKETS, 4)]
        doc = {
            "model": c.pick(MODELS[2:]),
            "messages": [
                {
                    "role": "system",
                    "content": '分析下列工单，找出热点诉求，输出JSON数组：[{"topic":"","count":0,"nos":[]}]',
                },
                {"role": "user", "content": java_json(items)},
            ],
            "temperature": 0,
            "max_tokens": 2048,
        }
        c.add(f, "hotspot-batch-json", "POST", "/v1/chat/completions", assist(c), java_json(doc))
    for _ in range(N):
        doc = {
            "code": c.pick(["HOTLINE_CLASSIFY", "TICKET_SUMMARY", "REPLY_DRAFT"]) + f"_V{c.num(1, 6)}",
            "name": c.pick(["工单分类", "来电摘要", "答复拟稿"]),
            "content": "你是12345热线助手。\n工单：{{ticket_content}}\n可选标签：{{labels}}\n"
            "{% if region %}属地：{{region}}{% endif %}",
            "modelName": c.pick(MODELS),
            "temperature": c.pick([0, 0.1, 0.3]),
            "enabled": True,
            "remark": c.pick(["", "按2026版分类目录更新", "增加属地字段"]),
        }
        h = console(
            c,
            f"{SITE}/aiadmin/prompt/list",
            "application/json;charset=UTF-8",
            False,
            {"Authorization": "Bearer " + jwt({"sub": c.pick(USERS), "login_type": "login"}, b"hb-aiadmin")},
        )
        c.add(f, "prompt-template-save", "POST", "/aiadmin/api/prompt/template/save", h, js_json(doc))


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
