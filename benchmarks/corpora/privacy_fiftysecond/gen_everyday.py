"""Everyday secrets in 45 security-team container kinds x 4."""
import random
from common import s, hx, password, fill, Filler, ALNUM, B64, B64URL

SEED = 5201
S = "\u27e6S\u27e7"

TYPES = {
    "anthropic_api_key": ("ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + s(r, 93, B64URL) + "AA"),
    "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", lambda r: s(r, 40, B64)),
    "database_password": ("DB_PASSWORD", lambda r: password(r)),
    "datadog_api_key": ("DD_API_KEY", lambda r: hx(r, 32)),
    "github_personal_access_token": ("GITHUB_TOKEN", lambda r: "ghp_" + s(r, 36)),
    "gitlab_personal_access_token": ("GITLAB_TOKEN", lambda r: "glpat-" + s(r, 20, B64URL)),
    "jwt_signing_secret": ("JWT_SECRET", lambda r: s(r, 48)),
    "mysql_url_password": ("MYSQL_URL", lambda r: password(r)),
    "openai_project_api_key": ("OPENAI_API_KEY", lambda r: "sk-proj-" + s(r, 74, B64URL) + "T3BlbkFJ" + s(r, 74, B64URL)),
    "postgres_url_password": ("DATABASE_URL", lambda r: password(r)),
    "redis_url_password": ("REDIS_URL", lambda r: password(r)),
    "sendgrid_api_key": ("SENDGRID_API_KEY", lambda r: "SG." + s(r, 22, B64URL) + "." + s(r, 43, B64URL)),
    "slack_bot_token": ("SLACK_BOT_TOKEN", lambda r: "xoxb-%d-%d-%s" % (r.randint(10**10, 10**12), r.randint(10**12, 10**13), s(r, 24))),
    "smtp_password": ("SMTP_PASSWORD", lambda r: password(r)),
    "stripe_live_secret_key": ("STRIPE_SECRET_KEY", lambda r: "sk_live_51" + s(r, 96)),
    "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", lambda r: "%d:AA%s" % (r.randint(10**9, 8 * 10**9), s(r, 33, B64URL))),
    "twilio_auth_token": ("TWILIO_AUTH_TOKEN", lambda r: hx(r, 32)),
}
URLS = {"mysql_url_password": "mysql://app_rw:%s@mysql-%d.acme-sec.example:3306/crm",
        "postgres_url_password": "postgresql://svc_report:%s@pg-%d.acme-sec.example:5432/ledger",
        "redis_url_password": "redis://default:%s@cache-%d.acme-sec.example:6379/0"}

# each template: {K} key label, {D} display (contains the marker), {U} user, {H} host, {I} ip, {T} time, {N} number, {C} case id
KINDS = {
 "pentest_report_finding_evidence": "Finding 4.{N} – Hard-coded credential in deployment script (High)\nEvidence (redacted host {H}):\n    {K}={D}\nRecommendation: rotate the value and move it to a vault.",
 "bug_bounty_submission_markdown": "## Summary\nThe public bucket exposes `config/.env`.\n\n## Steps to reproduce\n1. `curl https://{H}/config/.env`\n2. Observe line 14: `{K}={D}`\n\n## Impact\nFull API access. Report #{N}",
 "burp_repeater_request_copy": "POST /api/v2/integrations HTTP/2\nHost: {H}\nContent-Type: application/json\nX-Request-Id: {N}\n\n{{\"name\":\"sync\",\"{K}\":\"{D}\"}}",
 "har_capture_request_postdata": "{{\"request\": {{\"method\": \"POST\", \"url\": \"https://{H}/setup\", \"postData\": {{\"mimeType\": \"application/x-www-form-urlencoded\", \"text\": \"step=3&{K}={D}\"}}}}, \"startedDateTime\": \"{T}\"}}",
 "splunk_search_raw_event": "{T} host={H} sourcetype=linux:bash user={U}\n_raw=\"export {K}={D}\"\nindex=endpoint_cmd  eventtype=suspicious_export",
 "elastic_siem_alert_document": "{{\"@timestamp\":\"{T}\",\"kibana.alert.rule.name\":\"Secret in process args\",\"host.name\":\"{H}\",\"process.args\":[\"deploy\",\"--env\",\"{K}={D}\"]}}",
 "sentinel_kql_result_row": "TimeGenerated\tComputer\tAccount\tProcessCommandLine\n{T}\t{H}\t{U}\tpowershell -c \"$env:{K}='{D}'; ./sync.ps1\"",
 "edr_process_tree_export": "├─ sshd ({N})\n│  └─ bash\n│     └─ env {K}={D} python3 worker.py   [user={U} host={H}]",
 "forensic_super_timeline_csv": "date,time,timezone,MACB,source,type,user,host,desc\n2026-02-11,03:14:07,UTC,M...,FILE,Content Modification,{U},{H},/home/{U}/.bashrc appended: export {K}={D}",
 "volatility_cmdline_plugin_output": "PID\tProcess\tArgs\n{N}\tjava\tjava -D{K}={D} -jar /opt/sync/sync.jar\n412\tsshd\t/usr/sbin/sshd -D",
 "dfir_triage_notes_markdown": "### {C} – triage notes ({U})\n- {T} found cron job on {H}\n- job line: `*/5 * * * * {K}={D} /opt/bk.sh`\n- next: image disk, rotate secret",
 "browser_saved_passwords_csv": "name,url,username,password,note\n{H},https://{H}/login,{U},{D},imported from {K} field",
 "keepass_xml_export_entry": "<Entry>\n  <String><Key>Title</Key><Value>{K} for {H}</Value></String>\n  <String><Key>UserName</Key><Value>{U}</Value></String>\n  <String><Key>Password</Key><Value ProtectInMemory=\"True\">{D}</Value></String>\n</Entry>",
 "bitwarden_vault_json_item": "{{\"type\":1,\"name\":\"{K}\",\"login\":{{\"username\":\"{U}\",\"password\":\"{D}\",\"uris\":[{{\"uri\":\"https://{H}\"}}]}},\"folderId\":null}}",
 "red_team_engagement_notes": "[{T}] op={U} target={H}\nloot: grep'd {K} out of /proc/{N}/environ -> {D}\nstatus: persisted, cleanup pending",
 "cobalt_strike_beacon_console_log": "{T} [input] <{U}> shell type C:\\ProgramData\\sync\\.env\n{T} [output]\nreceived output:\n{K}={D}",
 "metasploit_loot_listing": "Loot\n====\nhost         service  type        name    content     info\n----         -------  ----        ----    -------     ----\n{I}           env_dump    .env    text/plain  {K}={D}",
 "hashcat_potfile_adjacent_note": "# cracked during engagement {C}; recovered from env, not hash:\n{K}={D}\n# analyst: {U}",
 "nessus_plugin_output_block": "Plugin ID: {N}\nPlugin Name: Sensitive data in world-readable file\nHost: {I}\nPlugin Output:\n  /etc/default/app : line 7 : {K}=\"{D}\"",
 "nuclei_finding_jsonl": "{{\"template-id\":\"exposed-env-file\",\"host\":\"https://{H}\",\"matched-at\":\"https://{H}/.env\",\"extracted-results\":[\"{K}={D}\"],\"timestamp\":\"{T}\"}}",
 "trufflehog_style_scan_result": "Found verified result 🐷🔑\nDetector Type: Generic\nRaw result: {D}\nFile: deploy/{K}.txt\nLine: {N}\nCommit: {N}a9f",
 "gitleaks_json_report_entry": "{{\"Description\":\"Generic secret\",\"StartLine\":12,\"Match\":\"{K}: {D}\",\"Secret\":\"{D}\",\"File\":\"infra/values.yaml\",\"Author\":\"{U}\"}}",
 "osquery_process_envs_result": "+-------+----------------------+------------------------------------+\n| pid   | key                  | value                              |\n+-------+----------------------+------------------------------------+\n| {N} | {K} | {D} |",
 "sysmon_event1_xml_commandline": "<Event><System><EventID>1</EventID><Computer>{H}</Computer></System><EventData><Data Name=\"CommandLine\">cmd /c set {K}={D}&amp;&amp; sync.exe</Data><Data Name=\"User\">ACME\\{U}</Data></EventData></Event>",
 "auditd_execve_log_line": "type=EXECVE msg=audit({N}.221:{N}): argc=3 a0=\"curl\" a1=\"-H\" a2=\"{K}: {D}\"",
 "zeek_http_log_row": "#fields\tts\tuid\tid.orig_h\thost\turi\tuser_agent\n1767225600.{N}\tC{N}\t{I}\t{H}\t/hook?{K}={D}\tpython-requests/2.32",
 "suricata_eve_http_json": "{{\"timestamp\":\"{T}\",\"event_type\":\"http\",\"src_ip\":\"{I}\",\"http\":{{\"hostname\":\"{H}\",\"url\":\"/v1/push?{K}={D}\",\"http_method\":\"GET\"}}}}",
 "wireshark_follow_tcp_stream": "GET /status HTTP/1.1\r\nHost: {H}\r\nX-{K}: {D}\r\nAccept: */*\r\n\r\nHTTP/1.1 200 OK",
 "soc_shift_handoff_chat": "{U} 07:02 handing over: alert {N} is the dev who pasted {K}={D} into the public gist, gist deleted, key NOT yet rotated",
 "incident_postmortem_timeline": "| time (UTC) | event |\n|---|---|\n| {T} | attacker reads {K} from CI log: {D} |\n| +14 min | first API call from {I} |",
 "phishing_kit_config_dump": "<?php\n// recovered from kit on {H}\n$relay_mail = '{U}@mail.example';\n${K} = '{D}';\n?>",
 "malware_config_extraction_yaml": "family: stealer-x\nsample_sha256: {N}ab\nc2: https://{H}/gate\nexfil:\n  {K}: {D}",
 "honeypot_session_transcript": "[cowrie {T}] {I} CMD: echo '{K}={D}' >> /tmp/.x\n[cowrie {T}] {I} CMD: uname -a",
 "insider_threat_case_exhibit": "Exhibit {N} – message sent by subject to personal address on {T}:\n\"here you go, {K} is {D} – don't tell anyone\"",
 "dlp_incident_matched_content": "DLP policy: Source code & credentials\nChannel: Web upload (pastebin)\nUser: {U}\nMatched snippet: ...{K}={D}...\nAction: Audit only",
 "casb_activity_log_csv": "time,user,app,activity,object,detail\n{T},{U},Dropbox,Upload,creds.txt,\"{K}={D}\"",
 "password_spray_lab_notes": "lab {H}: after spraying, the svc account's env still held {K}={D} (see screenshot {N})",
 "vuln_disclosure_email_thread": "> On {T}, security@acme-sec.example wrote:\n> Thanks for the report #{N}.\n\nHi, the leaked value was {D} ({K}). Please confirm rotation before disclosure.",
 "ctf_infra_secrets_readme": "# scoreboard infra\nDo NOT ship to players.\n{K} = {D}\nhost: {H}",
 "sigma_rule_test_log_sample": "# sample event used to test rule proc_creation_env_secret\nCommandLine: /bin/sh -c \"{K}={D} ./run\"\nUser: {U}",
 "yara_scan_string_match_output": "secret_in_config {H}:/srv/app/conf.ini\n0x{N}:$s1: {K} = {D}",
 "firewall_ssl_decrypt_log": "{T} dev=fw01 action=allow src={I} dst={H} uri=/api?{K}={D} app=ssl-decrypted",
 "threat_hunt_jupyter_cell_output": "In [14]: df[df.cmd.str.contains('{K}')].cmd.iloc[0]\nOut[14]: 'export {K}={D}; ./deploy.sh'",
 "security_questionnaire_answer_cell": "Q{N}. How do vendors authenticate to the API?\nA: With a shared key, currently {K}={D} (rotated yearly). – {U}",
 "physical_pentest_photo_caption": "IMG_{N}.jpg – sticky note on monitor at {H} desk, reads: {K} {D}",
}


def display(r, t, v):
    if t in URLS:
        return URLS[t] % (S, r.randint(1, 9))
    return S


def generate():
    r = random.Random(SEED)
    f = Filler(r)
    types = sorted(TYPES)
    used = {t: 0 for t in types}
    recs = []
    for kind in sorted(KINDS):
        chosen = []
        for _ in range(4):
            cands = sorted((t for t in types if t not in chosen), key=lambda t: (used[t], r.random()))
            chosen.append(cands[0]); used[cands[0]] += 1
        for t in chosen:
            key, gen = TYPES[t]
            v = gen(r)
            tpl = KINDS[kind].format(K=key, D=display(r, t, v), U=f.user(), H=f.host(), I=f.ip(), T=f.ts(), N=f.num(), C=f.case())
            text, spans = fill(tpl, {"S": (v, t)})
            recs.append({"type": t, "container": kind, "text": text, "secrets": spans, "source": "everyday"})
    return recs
