"""Everyday leaks, part A: shell histories, stack traces, debug logs, HTTP dumps."""
from gen_common import b64

AWS = "<b64:40>"
AZKEY = lambda g: b64(g.randbytes(64))
GHP = "@ghp"
GLPAT = "glpat-<b64u:20>"
SKPROJ = "sk-proj-<b64u:74>T3BlbkFJ<b64u:74>"
ANT = "sk-ant-api03-<b64u:93>AA"
STRIPE = "sk_live_51<an:97>"
XOXB = "xoxb-<d:12>-<d:13>-<an:24>"
SGK = "SG.<b64u:22>.<b64u:43>"

SPECS = [
    ("zsh_extended_history_file", [("aws_secret_access_key", AWS)],
     ": 1733912210:0;aws sts get-caller-identity\n: 1733912231:0;aws configure set aws_access_key_id ⟦akid⟧ --profile ⟦proj⟧\n"
     ": 1733912240:0;aws configure set aws_secret_access_key ⟦S⟧ --profile ⟦proj⟧\n: 1733912262:0;aws s3 ls --profile ⟦proj⟧\n"),
    ("bash_history_plain_exports", [("openai_project_api_key", SKPROJ)],
     "cd ~/src/⟦proj⟧\nsource .venv/bin/activate\nexport OPENAI_API_KEY=⟦S⟧\npython scripts/eval_prompts.py --model gpt-4o-mini --limit 50\nhistory | tail\n"),
    ("fish_history_yaml_entries", [("github_classic_pat", GHP)],
     "- cmd: gh auth status\n  when: 1734001122\n- cmd: set -gx GITHUB_TOKEN ⟦S⟧\n  when: 1734001139\n- cmd: gh release list -R ⟦org⟧/⟦proj⟧\n  when: 1734001150\n"),
    ("psreadline_consolehost_history", [("anthropic_api_key", ANT)],
     "cd C:\\Users\\⟦user⟧\\source\\repos\\⟦proj⟧\n$env:ANTHROPIC_API_KEY = \"⟦S⟧\"\nnpm run dev\nGet-ChildItem env: | Select-String ANTHROPIC\n"),
    ("nushell_history_txt", [("stripe_live_secret_key", STRIPE)],
     "$env.STRIPE_API_KEY = \"⟦S⟧\"\nstripe listen --forward-to localhost:4242/webhook\nls | where size > 1mb\n"),
    ("history_with_timestamps_output", [("postgres_password", "@pws")],
     "  501  2025-03-02 09:14:10 psql -h ⟦host⟧ -U app_rw -d orders\n  502  2025-03-02 09:15:41 PGPASSWORD=⟦S⟧ pg_dump -h ⟦host⟧ -U app_rw orders > orders.sql\n"
     "  503  2025-03-02 09:19:02 gzip orders.sql\n"),
    ("python_rich_traceback_locals", [("sendgrid_api_key", SGK)],
     "╭──────────────── Traceback (most recent call last) ────────────────╮\n│ /srv/⟦proj⟧/notify.py:41 in send_digest                              │\n│                                                                  │\n"
     "│ ❱ 41 │   resp = client.send(message)                                  │\n│ ╭────────────── locals ──────────────╮                              │\n"
     "│ │  api_key = '⟦S⟧' │\n│ │  message = <Mail from=noreply@⟦domain⟧>  │\n│ ╰────────────────────────────────────╯                              │\n"
     "╰──────────────────────────────────────────────────────────────────╯\nHTTPError: HTTP Error 413: Payload Too Large\n"),
    ("node_axios_error_console_dump", [("slack_bot_token", XOXB)],
     "AxiosError: Request failed with status code 429\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)\n  config: {\n"
     "    url: 'https://slack.com/api/chat.postMessage',\n    method: 'post',\n    headers: Object [AxiosHeaders] {\n"
     "      Accept: 'application/json, text/plain, */*',\n      'Content-Type': 'application/json',\n      Authorization: 'Bearer ⟦S⟧',\n"
     "      'User-Agent': 'axios/1.7.7'\n    },\n    data: '{\"channel\":\"C07ALERTS\",\"text\":\"deploy finished\"}'\n  },\n  code: 'ERR_BAD_REQUEST'\n"),
    ("java_sqlexception_jdbc_url_trace", [("mysql_password", "@pws")],
     "java.sql.SQLNonTransientConnectionException: Could not create connection to database server. Attempted reconnect 3 times. Giving up.\n"
     "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:111)\n\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)\n"
     "Caused by: url=jdbc:mysql://⟦host⟧:3306/inventory?user=inv_app&password=⟦S⟧&useSSL=true\n"),
    ("go_panic_struct_dump", [("redis_password", "@pws")],
     "panic: dial tcp ⟦ip⟧:6380: i/o timeout\n\ngoroutine 1 [running]:\nmain.mustConnect({Addr:⟦ip⟧:6380 Username:default Password:⟦S⟧ DB:2 TLS:true})\n"
     "\t/src/cmd/worker/main.go:58 +0x1c5\nmain.main()\n\t/src/cmd/worker/main.go:23 +0x65\nexit status 2\n"),
    ("ruby_irb_session_transcript", [("stripe_restricted_key", "rk_live_51<an:97>")],
     "irb(main):001> require \"stripe\"\n=> true\nirb(main):002> Stripe.api_key = \"⟦S⟧\"\n=> \"⟦S⟧\"\nirb(main):003> Stripe::Charge.list(limit: 3).data.map(&:amount)\n=> [1200, 4500, 990]\n"),
    ("php_artisan_tinker_session", [("mailgun_private_api_key", "key-<hex:32>")],
     "Psy Shell v0.12.4 (PHP 8.3.6 — cli) by Justin Hileman\n> config(['services.mailgun.secret' => '⟦S⟧']);\n= null\n> Mail::raw('ping', fn($m) => $m->to('⟦email⟧'));\n= null\n"),
    ("dotnet_unhandled_exception_conn_string", [("mssql_password", "@pws")],
     "Unhandled exception. Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'svc_web'.\n   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(...)\n"
     "ClientConnectionId:⟦uuid⟧\nConnectionString: Server=tcp:⟦host⟧,1433;Database=Shop;User ID=svc_web;Password=⟦S⟧;Encrypt=True\n"),
    ("rust_debug_struct_eprintln", [("digitalocean_personal_access_token", "dop_v1_<hex:64>")],
     "[src/main.rs:31:5] &cfg = Config {\n    region: \"fra1\",\n    droplet_size: \"s-2vcpu-4gb\",\n    api_token: \"⟦S⟧\",\n    dry_run: false,\n}\n"),
    ("elixir_iex_application_env_dump", [("github_oauth_token", "@gho")],
     "iex(1)> Application.get_all_env(:⟦org⟧_sync)\n[\n  github: [token: \"⟦S⟧\", org: \"⟦org⟧\"],\n  poll_interval: 60000\n]\n"),
    ("python_requests_http_client_debug", [("huggingface_access_token", "hf_<ul:34>")],
     "send: b'GET /api/whoami-v2 HTTP/1.1\\r\\nHost: huggingface.co\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\n"
     "Accept: */*\\r\\nConnection: keep-alive\\r\\nAuthorization: Bearer ⟦S⟧\\r\\n\\r\\n'\nreply: 'HTTP/1.1 200 OK\\r\\n'\nheader: Content-Type: application/json; charset=utf-8\n"),
    ("curl_v_trace_request_headers", [("gitlab_personal_access_token", GLPAT)],
     "*   Trying ⟦pubip⟧:443...\n* Connected to gitlab.⟦domain⟧ (⟦pubip⟧) port 443\n> GET /api/v4/projects?membership=true HTTP/2\n> Host: gitlab.⟦domain⟧\n"
     "> user-agent: curl/8.5.0\n> accept: */*\n> private-token: ⟦S⟧\n>\n< HTTP/2 200\n< content-type: application/json\n"),
    ("wget_debug_request_dump", [("http_basic_auth_credentials", "@basic_b64")],
     "Setting --http-user (httpuser) to deploy\n---request begin---\nGET /artifacts/release.tar.gz HTTP/1.1\nHost: nexus.⟦domain⟧\n"
     "Authorization: Basic ⟦S⟧\nUser-Agent: Wget/1.21.4\n---request end---\nHTTP request sent, awaiting response... 200 OK\n"),
    ("har_archive_request_headers", [("datadog_api_key", "<hex:32>")],
     "{\"log\": {\"version\": \"1.2\", \"creator\": {\"name\": \"Firefox\", \"version\": \"133.0\"}, \"entries\": [{\n  \"request\": {\"method\": \"POST\", \"url\": \"https://api.datadoghq.eu/api/v2/series\",\n"
     "    \"headers\": [{\"name\": \"Content-Type\", \"value\": \"application/json\"}, {\"name\": \"DD-API-KEY\", \"value\": \"⟦S⟧\"}]},\n"
     "  \"response\": {\"status\": 202, \"statusText\": \"Accepted\"}}]}}\n"),
    ("mitmdump_flow_detail_output", [("shopify_admin_api_access_token", "shpat_<hex:32>")],
     "⟦ip⟧:51544: POST https://⟦org⟧-store.myshopify.com/admin/api/2024-10/graphql.json\n    content-type: application/json\n"
     "    x-shopify-access-token: ⟦S⟧\n    user-agent: ShopifyAPI Library v15\n << 200 OK 1.8k\n"),
    ("tcpdump_ascii_http_capture", [("http_basic_auth_credentials", "@basic_b64")],
     "14:02:11.840213 IP ⟦ip⟧.43718 > ⟦ip2⟧.8080: Flags [P.], seq 1:214, ack 1, win 502, length 213: HTTP: GET /metrics HTTP/1.1\n"
     "E.....@.@.............P.........\nGET /metrics HTTP/1.1\nHost: ⟦ip2⟧:8080\nAuthorization: Basic ⟦S⟧\nUser-Agent: Prometheus/2.53.0\n\n"),
    ("wireshark_follow_http_stream", [("twilio_auth_token", "<hex:32>")],
     "POST /2010-04-01/Accounts/AC⟦sid:hex:32⟧/Messages.json HTTP/1.1\nHost: api.twilio.com\nContent-Type: application/x-www-form-urlencoded\n\n"
     "To=%2B15005550006&From=%2B15005550001&Body=otp+is+4411&AccountSid=AC⟦sid:hex:32⟧&AuthToken=⟦S⟧\n"),
    ("burp_repeater_raw_request", [("jwt_signing_secret", "<an:48>")],
     "POST /internal/debug/echo HTTP/2\nHost: api.⟦domain⟧\nX-Debug-Config: jwt.secret=⟦S⟧;jwt.alg=HS256\nContent-Length: 2\n\n{}\n"),
    ("http_toolkit_exported_request", [("cloudflare_api_token", "<b64u:40>")],
     "### Exported from HTTP Toolkit\nGET https://api.cloudflare.com/client/v4/zones?name=⟦domain⟧\nAuthorization: Bearer ⟦S⟧\nContent-Type: application/json\n"),
    ("websocat_verbose_handshake", [("groq_api_key", "gsk_<an:52>")],
     "[INFO  websocat::net_peer] Connected to TCP ⟦pubip⟧:443\n[DEBUG websocat::ws_client_peer] Request: GET /v1/realtime HTTP/1.1\n"
     "[DEBUG websocat::ws_client_peer] Header: authorization: Bearer ⟦S⟧\n[INFO  websocat::ws_client_peer] Connected to ws\n"),
    ("okhttp_logging_interceptor_logcat", [("google_api_key", "AIza<b64u:35>")],
     "12-03 10:41:22.118  4821  4902 I okhttp.OkHttpClient: --> GET https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=⟦S⟧\n"
     "12-03 10:41:22.119  4821  4902 I okhttp.OkHttpClient: --> END GET\n12-03 10:41:22.388  4821  4902 I okhttp.OkHttpClient: <-- 200 OK (269ms)\n"),
    ("xcode_console_urlsession_log", [("revenuecat_secret_api_key", "sk_<an:32>")],
     "2025-02-11 08:55:41.221 ⟦proj⟧[1847:51212] [Networking] Request headers: [\"Authorization\": \"Bearer ⟦S⟧\", \"X-Platform\": \"iOS\"]\n"
     "2025-02-11 08:55:41.602 ⟦proj⟧[1847:51212] [Networking] 200 /v1/subscribers/$RCAnonymousID:⟦reqid⟧\n"),
    ("windows_security_4688_commandline", [("windows_net_use_password", "@pws")],
     "A new process has been created.\n\nCreator Subject:\n\tAccount Name:\t\t⟦user⟧\n\tAccount Domain:\t\tCORP\n\nProcess Information:\n"
     "\tNew Process Name:\tC:\\Windows\\System32\\net.exe\n\tProcess Command Line:\tnet use Z: \\\\fs01\\finance /user:CORP\\svc_scan ⟦S⟧ /persistent:no\n"),
    ("sysmon_event1_xml_commandline", [("mongodb_password", "@pws")],
     "<Event><System><EventID>1</EventID><Computer>⟦host⟧</Computer></System><EventData>\n<Data Name=\"Image\">C:\\Program Files\\MongoDB\\mongodump.exe</Data>\n"
     "<Data Name=\"CommandLine\">mongodump --uri=mongodb://backup:⟦S⟧@⟦host⟧:27017/admin --out D:\\dumps</Data>\n</EventData></Event>\n"),
    ("journalctl_unit_stdout_lines", [("telegram_bot_token", "<d:10>:AA<b64u:33>")],
     "Mar 04 02:10:01 ⟦host⟧ notify-bot[⟦pid⟧]: starting with config {'chat_id': -100182233, 'token': '⟦S⟧'}\n"
     "Mar 04 02:10:02 ⟦host⟧ notify-bot[⟦pid⟧]: sendMessage ok (message_id=5531)\n"),
    ("cron_syslog_cmd_line", [("healthcheck_bearer_token", "<hex:40>")],
     "Mar  4 03:00:01 ⟦host⟧ CRON[⟦pid⟧]: (root) CMD (curl -fsS -H \"Authorization: Bearer ⟦S⟧\" https://status.⟦domain⟧/api/push/backup >/dev/null)\n"),
    ("nginx_debug_log_request_header", [("openai_project_api_key", SKPROJ)],
     "2025/03/04 11:02:09 [debug] 311#311: *88 http proxy header: \"Authorization: Bearer ⟦S⟧\"\n2025/03/04 11:02:09 [debug] 311#311: *88 http proxy header: \"Host: api.openai.com\"\n"),
    ("envoy_access_log_json_headers", [("internal_service_api_key", "<an:40>")],
     "{\"start_time\":\"⟦iso⟧\",\"method\":\"GET\",\"path\":\"/v2/ledger\",\"response_code\":401,\"x_api_key\":\"⟦S⟧\",\"upstream_host\":\"⟦ip⟧:8080\"}\n"),
    ("strace_write_syscall_line", [("smtp_password", "@pws")],
     "⟦pid⟧ write(5, \"AUTH PLAIN\\r\\n\", 12) = 12\n⟦pid⟧ write(5, \"user=alerts@⟦domain⟧ pass=⟦S⟧\\r\\n\", 44) = 44\n⟦pid⟧ read(5, \"235 2.7.0 Authentication successful\\r\\n\", 4096) = 38\n"),
    ("gdb_print_config_struct", [("redis_password", "@pws")],
     "(gdb) p *cfg\n$1 = {host = 0x55d0c2a1 \"⟦ip⟧\", port = 6379, password = 0x55d0c2c0 \"⟦S⟧\", db = 0, timeout_ms = 1500}\n"),
    ("core_dump_strings_grep", [("azure_storage_account_key", AZKEY)],
     "$ strings core.⟦pid⟧ | grep -i accountkey\nDefaultEndpointsProtocol=https;AccountName=⟦org⟧logs;AccountKey=⟦S⟧;EndpointSuffix=core.windows.net\n"),
    ("electron_crashpad_annotations_txt", [("sentry_user_auth_token", "sntryu_<hex:64>")],
     "Crash Annotations\n  prod: Electron\n  ver: 31.2.0\n  process_type: browser\n  argv: --inspect=0 --sentry-auth-token=⟦S⟧\n"),
    ("crashlytics_custom_keys_log", [("algolia_admin_api_key", "<hex:32>")],
     "Crashlytics - Custom keys\n  build_flavor: prodRelease\n  algolia_app_id: ⟦reqid⟧\n  algolia_admin_key: ⟦S⟧\n  last_screen: SearchFragment\n"),
    ("windows_wer_report_commandline", [("vault_service_token", "hvs.CAESI<b64u:86>")],
     "Version=1\nEventType=APPCRASH\nSig[0].Name=Application Name\nSig[0].Value=deployer.exe\nAppPath=C:\\tools\\deployer.exe\n"
     "CommandLine=deployer.exe --vault-addr https://vault.⟦domain⟧ --vault-token ⟦S⟧ --env prod\n"),
    ("symfony_profiler_request_headers", [("mailchimp_api_key", "<hex:32>-us<d:2>")],
     "Request Headers\n  host          api.⟦domain⟧\n  content-type  application/json\nServer Parameters\n  MAILCHIMP_API_KEY  ⟦S⟧\n  APP_ENV           prod\n"),
    ("psycopg_operationalerror_dsn", [("postgres_password", "@pws")],
     "psycopg.OperationalError: connection failed: connection to server at \"⟦ip⟧\", port 5432 failed: FATAL:  no pg_hba.conf entry for host\n"
     "(dsn: 'host=⟦ip⟧ port=5432 dbname=analytics user=etl password=⟦S⟧ sslmode=require')\n"),
    ("celery_worker_startup_banner", [("amqp_password", "@pws")],
     " -------------- celery@⟦host⟧ v5.4.0 (opalescent)\n--- ***** -----\n-- ******* ---- Linux-6.8.0-x86_64-with-glibc2.39\n"
     "- *** --- * --- \n- ** ---------- [config]\n- ** ---------- .> app:         ⟦proj⟧:0x7f3a\n- ** ---------- .> transport:   amqp://⟦user⟧:⟦S⟧@⟦host⟧:5672//\n"),
    ("uvicorn_startup_settings_print", [("stripe_webhook_signing_secret", "whsec_<an:32>")],
     "INFO:     Started server process [⟦pid⟧]\nDEBUG:    Settings(env='prod', stripe_webhook_secret='⟦S⟧', allowed_hosts=['*'])\nINFO:     Application startup complete.\n"),
    ("spring_actuator_env_json", [("database_password", "@pws")],
     "{\"activeProfiles\":[\"prod\"],\"propertySources\":[{\"name\":\"systemEnvironment\",\"properties\":{\n"
     "\"SPRING_DATASOURCE_URL\":{\"value\":\"jdbc:postgresql://⟦host⟧:5432/orders\"},\n\"SPRING_DATASOURCE_PASSWORD\":{\"value\":\"⟦S⟧\"}}}]}\n"),
    ("laravel_telescope_request_payload", [("paypal_client_secret", "E<b64u:79>")],
     "{\"uri\":\"/api/paypal/token\",\"method\":\"POST\",\"payload\":{\"client_id\":\"A⟦r2:hex:32⟧\",\"client_secret\":\"⟦S⟧\"},\"response_status\":200}\n"),
    ("k6_http_debug_output", [("square_access_token", "EAAA<b64u:60>")],
     "Request:\nPOST /v2/payments HTTP/1.1\nHost: connect.squareup.com\nAuthorization: Bearer ⟦S⟧\nSquare-Version: 2024-11-20\n"),
    ("powershell_invoke_restmethod_verbose", [("azure_devops_pat", "<al:52>")],
     "VERBOSE: GET with 0-byte payload\nPS> $h = @{ Authorization = \"Basic \" + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(\":⟦S⟧\")) }\n"
     "PS> Invoke-RestMethod -Uri https://dev.azure.com/⟦org⟧/_apis/projects -Headers $h -Verbose\n"),
    ("sqlalchemy_create_engine_echo", [("snowflake_password", "@pws")],
     ">>> engine = create_engine(\"snowflake://LOADER:⟦S⟧@⟦org⟧-xy12345/RAW/PUBLIC?warehouse=LOAD_WH\", echo=True)\n"
     "2025-02-02 10:01:12,101 INFO sqlalchemy.engine.Engine select current_version()\n"),
]
