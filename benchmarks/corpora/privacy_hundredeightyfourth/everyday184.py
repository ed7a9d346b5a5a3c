"""Everyday source: 12 secret types of the court-reporting world x 45 container kinds x 4."""
import base64
import random

from common184 import (MARK, B62, HEX, B64URL, rs, rbytes, password, uuid4, b64url_nopad, jwt,
                       crc_hex8, keyname, place, record)

SEED = 18401

# (type, key words, description, generator-name)
TYPES = [
    ("cat_dictionary_sync_password", ["cat", "dict", "sync", "password"],
     "owner-chosen password of the steno CAT software's dictionary sync account", "pw"),
    ("deposition_scheduler_admin_password", ["depo", "scheduler", "admin", "password"],
     "owner-chosen admin password of the deposition scheduling back office", "pw"),
    ("transcript_repository_db_password", ["transcript", "repo", "db", "password"],
     "owner-chosen password of the database account behind the transcript repository", "pw"),
    ("efiling_portal_filer_password", ["efiling", "filer", "password"],
     "owner-chosen filer login password of the court e-filing portal", "pw"),
    ("invoice_mailer_smtp_password", ["invoice", "smtp", "password"],
     "owner-chosen SMTP password of the per-page invoice mailer", "pw"),
    ("exhibit_share_sftp_password", ["exhibit", "sftp", "password"],
     "owner-chosen SFTP password of the exhibit-share drop used for certified-copy delivery", "pw"),
    ("realtime_feed_session_token", ["realtime", "feed", "token"],
     "`rtf_` + 40 base62, session token of the realtime steno feed relay (prefix invented)", "rtf"),
    ("remote_depo_room_jwt", ["depo", "room", "jwt"],
     "EdDSA-shaped JWT (real base64url JSON header with `kid` and payload, random 64-byte signature) that opens a remote-deposition video room", "jwt"),
    ("licence_portal_totp_seed", ["licence", "totp", "seed"],
     "RFC 4648 Base32 of 20 random bytes (32 characters, no padding), TOTP seed of the reporter licence-renewal portal", "totp"),
    ("audio_queue_webhook_secret", ["audio", "queue", "webhook", "secret"],
     "`aqwh_` + base64url of 32 random bytes (43 characters), signing secret of the audio transcription queue's webhooks (prefix invented)", "aqwh"),
    ("diarisation_worker_api_key", ["diarisation", "api", "key"],
     "`dzk_live_` + 32 base62 + 8 lower-case hex CRC-32 of those 32 characters, API key of the speaker-diarisation workers (prefix and checksum invented)", "dzk"),
    ("transcript_archive_aes_key", ["archive", "aes", "key"],
     "64 lower-case hex (AES-256 key) that encrypts the transcript archive", "aes"),
]

PW_TYPES = [t[0] for t in TYPES if t[3] == "pw"]


def gen_value(r, kind):
    if kind == "pw":
        return password(r)
    if kind == "rtf":
        return "rtf_" + rs(r, B62, 40)
    if kind == "jwt":
        hdr = {"alg": "EdDSA", "typ": "JWT", "kid": "depo-" + rs(r, "0123456789abcdef", 8)}
        pl = {"iss": "https://video.depodesk.internal", "sub": "reporter-" + str(r.randint(1000, 9999)),
              "room": "depo-" + rs(r, "0123456789", 6), "role": r.choice(["host", "court_reporter", "witness"]),
              "iat": 1767225600 + r.randint(0, 9000000)}
        pl["exp"] = pl["iat"] + 14400
        return jwt(r, hdr, pl, sig="random", sig_len=64)
    if kind == "totp":
        return base64.b32encode(rbytes(r, 20)).decode()
    if kind == "aqwh":
        return "aqwh_" + b64url_nopad(rbytes(r, 32))
    if kind == "dzk":
        body = rs(r, B62, 32)
        return "dzk_live_" + body + crc_hex8(body)
    if kind == "aes":
        return rs(r, HEX, 64)
    raise ValueError(kind)


M = MARK
# (container kind, key style, template with {k} and the slot marker)
CONTAINERS = [
    ("cat_software_windows_ini", "pascal",
     "; CAT workstation settings, exported by the support tool\n[General]\nJobFolder=D:\\Jobs\\2026\nDefaultDictionary=personal_main.sgdct\n"
     "[Sync]\nServer=dictsync.stenodesk.lan\n{k}=" + M + "\nIntervalMinutes=15\n"),
    ("steno_rtf_cre_dictionary_entry", "spaced",
     "{\\rtf1\\ansi{\\*\\cxrev100}\\cxdict{\\*\\cxsystem exported job dictionary}\n"
     "{\\*\\cxs OBGS}objection\n{\\*\\cxs PH*EUP/HRAEUBL}{\\*\\cxcomment {k}}" + M + "\n{\\*\\cxs STKPWRAOE}stipulated\n}\n"),
    ("plover_user_briefs_json", "spaced",
     "{\n\"TKPWO*EBG\": \"good afternoon, counsel\",\n\"PH*EUP/HRAEUBL\": \"{k}:\",\n\"PH*EUP/PW-RD\": \"" + M + "\",\n\"KPAOEUT\": \"exhibit\"\n}\n"),
    ("realtime_feed_bridge_yaml", "snake",
     "bridge:\n  listen: 0.0.0.0:7788\n  writer_port: COM4\n  protocol: cat_serial\n  {k}: \"" + M + "\"\n  max_viewers: 12\n"),
    ("depo_scheduler_laravel_env", "upper",
     "APP_NAME=DepoDesk\nAPP_ENV=production\nAPP_URL=https://schedule.depodesk.internal\nDB_CONNECTION=pgsql\n{k}=" + M + "\nQUEUE_CONNECTION=redis\n"),
    ("depo_scheduler_rails_database_yml", "snake",
     "production:\n  adapter: postgresql\n  host: db1.depodesk.internal\n  database: scheduling\n  {k}: " + M + "\n  pool: 10\n"),
    ("remote_depo_docker_compose_env", "upper",
     "services:\n  depo-video:\n    image: registry.depodesk.internal/depo-video:4.2\n    environment:\n      - TZ=America/Chicago\n      - {k}=" + M + "\n    ports:\n      - \"8443:8443\"\n"),
    ("video_depo_k8s_configmap_yaml", "upper",
     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: depo-room-settings\n  namespace: remote-depo\ndata:\n  ROOM_REGION: us-central\n  {k}: \"" + M + "\"\n"),
    ("transcript_repo_spring_application_properties", "dot",
     "spring.application.name=transcript-repo\nserver.port=8085\nrepo.storage.root=/srv/transcripts\n{k}=" + M + "\nrepo.retention.years=7\n"),
    ("transcript_repo_tomcat_context_xml", "camel",
     "<Context path=\"/transcripts\">\n  <Environment name=\"archiveRoot\" value=\"/srv/transcripts\" type=\"java.lang.String\"/>\n"
     "  <Environment name=\"{k}\" value=\"" + M + "\" type=\"java.lang.String\" override=\"false\"/>\n</Context>\n"),
    ("exhibit_manager_electron_config_json", "camel",
     "{\n  \"windowBounds\": {\"width\": 1440, \"height\": 900},\n  \"exhibitRoot\": \"E:/Exhibits\",\n  \"{k}\": \"" + M + "\",\n  \"stampPrefix\": \"PX\"\n}\n"),
    ("exhibit_viewer_appsettings_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } },\n  \"Exhibits\": {\n    \"ShareHost\": \"exhibits.agency.lan\",\n    \"{k}\": \"" + M + "\"\n  }\n}\n"),
    ("audio_queue_celery_config_py", "upper",
     "broker_url = \"redis://queue.transcribe.lan:6379/2\"\ntask_acks_late = True\nworker_prefetch_multiplier = 1\n{k} = \"" + M + "\"\n"),
    ("audio_queue_sidekiq_yml", "snake",
     ":concurrency: 8\n:queues:\n  - [audio_intake, 4]\n  - [asr, 2]\n:{k}: " + M + "\n"),
    ("diarisation_pipeline_hydra_yaml", "snake",
     "defaults:\n  - model: segmentation_v3\nclustering:\n  method: agglomerative\n  threshold: 0.715\n{k}: " + M + "\nmin_speakers: 2\n"),
    ("diarisation_notebook_ipynb_cell", "upper",
     "{\n \"cell_type\": \"code\",\n \"execution_count\": 3,\n \"metadata\": {},\n \"source\": [\n  \"import os\\n\",\n"
     "  \"os.environ[\\\"{k}\\\"] = \\\"" + M + "\\\"\\n\",\n  \"run_diarisation('depo_0412.wav')\"\n ]\n}\n"),
    ("whisper_worker_systemd_unit", "upper",
     "[Unit]\nDescription=ASR worker for deposition audio\nAfter=network-online.target\n\n[Service]\nUser=asr\n"
     "Environment=\"{k}=" + M + "\"\nExecStart=/opt/asr/bin/worker --queue depo-audio\nRestart=always\n"),
    ("efiling_bot_pytest_conftest_py", "snake",
     "import pytest\n\n\n@pytest.fixture\ndef filer_session():\n    {k} = \"" + M + "\"\n    return login_portal(\"efile.courts.example.gov\", {k})\n"),
    ("efiling_gateway_terraform_tfvars", "snake",
     "region        = \"us-east-2\"\ninstance_type = \"t3.small\"\n{k} = \"" + M + "\"\nallowed_cidrs = [\"10.40.0.0/16\"]\n"),
    ("billing_pyproject_tool_table", "kebab",
     "[project]\nname = \"depobill\"\nversion = \"2.3.0\"\n\n[tool.depobill]\nrate-per-page = 4.25\n{k} = \"" + M + "\"\n"),
    ("invoice_mailer_php_config_array", "snake",
     "<?php\nreturn [\n    'from_address' => 'invoices@stenodesk.example',\n    '{k}' => '" + M + "',\n    'copies_per_page' => 1,\n];\n"),
    ("licence_renewal_vite_env_production", "upper",
     "VITE_API_BASE=https://licence.stenodesk.internal/api\nVITE_STATE=TX\nVITE_{k}=" + M + "\n"),
    ("licence_renewal_crontab", "upper",
     "MAILTO=ops@stenodesk.example\n{k}=" + M + "\n# m h dom mon dow command\n15 6 * * 1 /opt/licence/renew-check.sh --board jbcc\n"),
    ("reporter_zsh_extended_history", "upper",
     ": 1767340112:0;cd ~/jobs/2026-03-14\n: 1767340130:0;export {k}='" + M + "'\n: 1767340151:0;./sync_dicts.sh --push\n"),
    ("scopist_cmd_doskey_history", "upper",
     "C:\\Users\\scopist>doskey /history\ncd C:\\Jobs\\0314\nsetx {k} \"" + M + "\"\nstart digitalcat.exe\n"),
    ("cat_software_hkcu_reg_file", "pascal",
     "Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\StenoDesk\\Sync]\n\"Server\"=\"dictsync.stenodesk.lan\"\n\"{k}\"=\"" + M + "\"\n\"Port\"=dword:00001f90\n"),
    ("transcript_portal_wp_config_php", "upper",
     "<?php\ndefine( 'DB_NAME', 'transcript_portal' );\ndefine( 'DB_HOST', 'db2.agency.lan' );\ndefine( '{k}', '" + M + "' );\n$table_prefix = 'tp_';\n"),
    ("depo_app_flutter_dart_define_json", "upper",
     "{\n  \"API_BASE\": \"https://api.depodesk.internal\",\n  \"FLAVOR\": \"prod\",\n  \"{k}\": \"" + M + "\"\n}\n"),
    ("depo_app_android_local_properties", "dot",
     "## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/Users/dev/Library/Android/sdk\n{k}=" + M + "\n"),
    ("caption_encoder_settings_xml", "pascal",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<EncoderSettings>\n  <Channel>CC1</Channel>\n  <Mode>RollUp3</Mode>\n  <{k}>" + M + "</{k}>\n</EncoderSettings>\n"),
    ("realtime_viewer_nextjs_env_local", "upper",
     "NEXT_PUBLIC_FEED_HOST=feed.stenodesk.internal\nNEXT_PUBLIC_BRAND=StenoView\n{k}=" + M + "\n"),
    ("efiling_soap_request_log", "pascal",
     "2026-03-02 09:14:07,311 DEBUG efsp.client - request body:\n<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns2=\"urn:efsp:filing\">\n"
     "<soap:Body><ns2:ReviewFiling><ns2:CaseNumber>2:26-cv-00418</ns2:CaseNumber><ns2:{k}>" + M + "</ns2:{k}></ns2:ReviewFiling></soap:Body></soap:Envelope>\n"),
    ("transcription_api_curl_verbose_log", "train",
     "* Connected to asr.transcribe.lan (10.40.2.17) port 443\n> POST /v1/jobs HTTP/1.1\n> Host: asr.transcribe.lan\n> User-Agent: curl/8.5.0\n"
     "> X-{k}: " + M + "\n> Content-Type: application/json\n>\n< HTTP/1.1 202 Accepted\n"),
    ("diarisation_mlflow_params_yaml", "snake",
     "run_id: 7c1d2e0a9b\nparams:\n  embedding_model: ecapa_tdnn\n  min_duration_off: 0.5\n  {k}: " + M + "\nmetrics:\n  der: 0.118\n"),
    ("audio_queue_sentry_event_json", "camel",
     "{\"level\": \"error\", \"logger\": \"audio-intake\", \"message\": \"upload to ASR failed: 502\",\n \"extra\": {\"jobNumber\": \"J-26-0412\", \"{k}\": \"" + M + "\"}}\n"),
    ("transcript_repo_liquibase_properties", "camel",
     "changeLogFile: db/changelog-master.xml\nurl: jdbc:postgresql://db2.agency.lan:5432/transcripts\n{k}: " + M + "\n"),
    ("billing_excel_vba_module", "pascal",
     "Attribute VB_Name = \"InvoiceMail\"\nOption Explicit\nPrivate Const RatePerPage As Double = 4.25\nPrivate Const {k} As String = \"" + M + "\"\n"),
    ("reporter_teams_chat_message", "spaced",
     "Dana Ruiz 10:42\nstuck in the hallway before the depo, can you plug this in for me? {k} is " + M + " — thx!\n"),
    ("firm_outlook_email_to_it", "spaced",
     "From: Marisol Chen <mchen@stenodesk.example>\nTo: helpdesk@stenodesk.example\nSubject: new laptop setup\n\nHi,\nthe {k} for my account is " + M + " if you need it for the migration.\nThanks, Marisol\n"),
    ("scopist_telegram_message", "spaced",
     "[09:03] Priya: morning! for the rush job tonight the {k} is " + M + " (don't share)\n[09:04] Sam: 👍\n"),
    ("agency_jira_ticket_comment", "spaced",
     "DEPO-2214 · comment by j.okafor\nReproduced on staging. Used {k} " + M + " to log in, then the upload hung at 97%.\n"),
    ("steno_writer_screen_photo_ocr", "title",
     "WRITER STATUS  Battery 82%\nJob: 0314-SMITH V ACME\n{k}: " + M + "\nRealtime: ON  Port: BT\n"),
    ("firm_keepass_xml_export", "title",
     "<Entry>\n  <String><Key>Title</Key><Value>{k}</Value></String>\n  <String><Key>UserName</Key><Value>reporter07</Value></String>\n"
     "  <String><Key>Password</Key><Value ProtectInMemory=\"True\">" + M + "</Value></String>\n</Entry>\n"),
    ("depo_calendar_csv_export", "title",
     "Date,Witness,Room,Reporter,Notes\n2026-03-14,Dr. A. Patel,Conf B,K. Lim,\"{k}: " + M + "\"\n2026-03-15,J. Moreno,Remote,K. Lim,video + rough\n"),
    ("agency_devcontainer_json", "upper",
     "{\n  \"name\": \"transcript-repo\",\n  \"image\": \"mcr.microsoft.com/devcontainers/python:3.12\",\n  \"containerEnv\": {\n    \"{k}\": \"" + M + "\"\n  }\n}\n"),
]
assert len(CONTAINERS) == 45, len(CONTAINERS)


def pairing():
    """Deterministic assignment: the 45 kinds form 15 blocks of three; each block gets its own seeded
    permutation of the 12 types, four consecutive types per kind. So every kind holds four different types
    and every type sits in exactly 15 records."""
    r = random.Random(SEED + 1000)
    groups = []
    for _b in range(15):
        perm = list(range(12))
        r.shuffle(perm)
        groups += [perm[0:4], perm[4:8], perm[8:12]]
    return groups


def generate(reg):
    r = random.Random(SEED)
    out = []
    groups = pairing()
    for k, (cname, style, tpl) in enumerate(CONTAINERS):
        for ti in groups[k]:
            tname, words, _desc, kind = TYPES[ti]
            kn = keyname(words, style)
            value = reg.draw(lambda: gen_value(r, kind))
            text, s, e = place(tpl.replace("{k}", kn), value)
            out.append((tname, cname, text, s, e))
    return out
