"""Everyday part: 45 on-call / incident / hospital-lab IT container kinds x 4 records."""
import random
from common import (MARK, AN, ANL, DG, HEX, B64, UP, LO, fill, rs, pattern, password,
                    spans_from_marked)

SEED = 5001

# type -> (env key, human label, generator, wrapper with {} for the value)
TYPES = {
    "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", "AWS secret access key",
                              lambda r: rs(r, AN + "+/", 40), "{}"),
    "github_personal_access_token": ("GITHUB_TOKEN", "GitHub token",
                                     lambda r: "ghp_" + rs(r, AN, 36), "{}"),
    "slack_bot_token": ("SLACK_BOT_TOKEN", "Slack bot token",
                        lambda r: "xoxb-%s-%s-%s" % (rs(r, DG, 12), rs(r, DG, 13), rs(r, AN, 24)), "{}"),
    "database_password": ("DB_PASSWORD", "database password", lambda r: password(r), "{}"),
    "postgres_url_password": ("LIS_DATABASE_URL", "LIS database URL", lambda r: password(r, True),
                              "postgresql://lis_ro:{}@db-lab03.hosp.example:5432/lis"),
    "redis_url_password": ("ALERT_QUEUE_URL", "alert queue Redis URL", lambda r: password(r, True),
                           "redis://default:{}@alert-relay.noc.example:6380/2"),
    "datadog_api_key": ("DD_API_KEY", "Datadog API key", lambda r: rs(r, HEX, 32), "{}"),
    "sendgrid_api_key": ("SENDGRID_API_KEY", "SendGrid key",
                         lambda r: "SG." + rs(r, AN + "-_", 22) + "." + rs(r, AN + "-_", 43), "{}"),
    "twilio_auth_token": ("TWILIO_AUTH_TOKEN", "Twilio auth token", lambda r: rs(r, HEX, 32), "{}"),
    "stripe_live_secret_key": ("STRIPE_SECRET_KEY", "Stripe live key",
                               lambda r: "sk_live_" + rs(r, AN, 24), "{}"),
    "openai_project_api_key": ("OPENAI_API_KEY", "OpenAI key",
                               lambda r: "sk-proj-" + rs(r, AN + "-_", 48) + "T3BlbkFJ" + rs(r, AN + "-_", 48), "{}"),
    "smtp_password": ("SMTP_PASSWORD", "SMTP relay password", lambda r: password(r), "{}"),
    "jwt_signing_secret": ("JWT_SECRET", "JWT signing secret", lambda r: rs(r, HEX, 64), "{}"),
    "ldap_bind_password": ("LDAP_BIND_PASSWORD", "LDAP bind password", lambda r: password(r), "{}"),
    "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", "Telegram alert bot token",
                           lambda r: "%s:AA%s" % (rs(r, DG, 10), rs(r, AN + "-_", 33)), "{}"),
    "mysql_url_password": ("QC_DB_URL", "QC database URL", lambda r: password(r, True),
                           "mysql://qc_writer:{}@core-lab-mw.hosp.example:3306/qc"),
}

K = "<<K>>"
H = "<<H>>"
W = "<<W>>"

KINDS = {
    "pager_alert_payload_json": '{"routing":"lab-ifc","summary":"HL7 feed stalled <<N>>s","severity":"critical",\n "custom_details":{"host":"<<HOST>>","last_error":"auth refused","<<K>>":"<<W>>"}}',
    "incident_runbook_markdown_step": "### Step 4 - restart the feed\n1. ssh <<U>>@<<HOST>>\n2. `export <<K>>=<<W>>`\n3. `systemctl restart hl7-listener` and watch the queue drain",
    "postmortem_timeline_entry": "| <<T>> | <<U>> | pasted the <<H>> into the bridge chat to unblock the failover: <<W>> (rotated at 04:10) |",
    "chatops_bot_transcript_line": "[<<T>>] <<U>>: !env show <<HOST>>\n[<<T>>] opsbot: <<K>>=<<W>>\n[<<T>>] <<U>>: oops, that should have been masked",
    "status_page_draft_update": "DRAFT (internal, do not publish)\nInvestigating - lab results delayed.\nNote for editor: remove before posting, the <<H>> we used for the hotfix is <<W>>",
    "ticket_export_csv_row": 'INC00<<N>>,"Lab interface down","<<U>>","Workaround: set <<K>> to <<W>> on <<HOST>>",P2,Resolved',
    "oncall_handoff_summary": "Handoff <<T>> -> next shift\n- PACS prefetch still lagging\n- I rotated nothing yet; current <<H>>: <<W>>\n- ping <<U>> if the analyzer link drops",
    "alertmanager_webhook_body": '{"receiver":"lab-oncall","status":"firing","alerts":[{"labels":{"alertname":"LISQueueDepth"},"annotations":{"debug":"<<K>>=<<W>>"}}]}',
    "incident_bridge_call_notes": "Bridge notes <<T>> (scribe <<U>>)\n- vendor asked us to read out the <<H>>; it is <<W>>\n- action: rotate after the call",
    "war_room_scribe_log": "<<T>> WAR-ROOM <<U>>: confirmed creds on <<HOST>> -> <<K>>: <<W>>\n<<T>> WAR-ROOM <<U>>: failover test passed",
    "escalation_policy_notes": "Escalation L2 (lab IT): if the interface engine refuses logins, use the break-glass <<H>> <<W>> and page the interface lead.",
    "sre_shift_journal": "Shift journal, night <<N>>\n<<T>> restarted hl7-router, needed <<K>>=<<W>> from the old env file\n<<T>> queue back to 0",
    "grafana_annotation_text": 'annotation: {"time":<<N>>000,"tags":["incident","lis"],"text":"redeployed with <<K>>=<<W>> (temporary)"}',
    "nagios_service_check_output": "CRITICAL - LIS_INBOUND on <<HOST>>: connect failed using <<K>>=<<W>> | rta=<<N>>ms",
    "zabbix_trigger_action_message": "Problem: Analyzer feed silent > 10m\nHost: <<HOST>>\nOperational data: env <<K>> = <<W>>\nOriginal problem ID: <<N>>",
    "syslog_forwarded_alert_line": "<134>1 2026-03-07T02:11:09Z <<HOST>> hl7d <<N>> - - reconnect with <<K>>=<<W>> failed: 401",
    "hl7_mllp_interface_config": "[inbound.adt]\nlisten = 0.0.0.0:2575\nframing = mllp\n[outbound.results]\nhost = <<HOST>>\n<<K>> = <<W>>",
    "lis_middleware_connection_ini": "[Middleware]\nServer=<<HOST>>\nPort=<<N>>\nUser=mw_service\n<<K>>=<<W>>\nRetryCount=3",
    "pacs_dicom_node_table": "AE Title | Host | Port | Notes\nPACS_ARCH | <<HOST>> | 104 | archive\nVNA_PUSH | <<HOST>> | 11112 | gateway uses <<K>>=<<W>>",
    "mirth_channel_export_xml": "<channel version=\"4.4.0\">\n  <name>ADT_to_LIS</name>\n  <property name=\"<<K>>\"><<W>></property>\n</channel>",
    "analyzer_instrument_host_config": "# chemistry analyzer host link\nHOST_LINK=ASTM\nHOST_ADDR=<<HOST>>\n<<K>>=<<W>>\nAUTO_VERIFY=off",
    "lab_qc_worklist_notes": "QC worklist <<N>> - levels 1/2 ok.\nReminder for night tech: the uploader needs <<H>> <<W>> when it prompts.",
    "radiology_modality_worklist_config": "mwl:\n  scp_ae: MWL_SCP\n  host: <<HOST>>\n  query_db:\n    user: mwl\n    <<K>>: \"<<W>>\"",
    "ehr_interface_engine_log": "2026-02-14 <<T>>:01 INFO  [ResultsRouter] reconnecting\n2026-02-14 <<T>>:02 DEBUG [ResultsRouter] creds <<K>>=<<W>>",
    "biomedical_engineering_ticket": "Biomed ticket BME-<<N>>\nDevice: infusion pump gateway\nTech note: vendor remote session used <<H>> <<W>>; please rotate.",
    "clinical_app_downtime_procedure": "DOWNTIME PROCEDURE - Lab results viewer\nIf SSO fails, IT on-call logs in with the local <<H>> (<<W>>) and prints the pending list.",
    "nurse_station_workstation_readme": "README - ward 4B workstation\nAuto-login service reads <<K>> from here:\n<<K>>=<<W>>\nDo not move this file.",
    "blood_bank_interface_spec_page": "4.3 Authentication\nThe blood bank interface authenticates with a static secret.\nProduction value: <<W>> (<<K>>)\n4.4 Message types",
    "hospital_change_advisory_minutes": "CAB minutes <<N>>\nChange CHG<<N>> approved: rotate lab feed creds.\nCurrent <<H>> (to be retired): <<W>>",
    "lab_freezer_monitoring_alert": "ALERT Freezer -80 #<<N>> temp -62C\nNotification service <<HOST>>\nsmtp auth <<K>>=<<W>>",
    "pharmacy_dispensing_cabinet_config": "<CabinetServer>\n  <Host><<HOST>></Host>\n  <<<K>>><<W>></<<K>>>\n</CabinetServer>",
    "research_core_facility_wiki": "== Sequencing core uploads ==\nThe sync job on <<HOST>> uses <<H>> <<W>>. Ask <<U>> before changing it.",
    "sequencer_run_uploader_yaml": "uploader:\n  run_folder: /data/runs\n  target: <<HOST>>\n  <<K>>: <<W>>\n  retries: 5",
    "lims_sample_import_script": "#!/bin/sh\n# nightly LIMS sample import\n<<K>>='<<W>>' python3 import_samples.py --since yesterday",
    "itil_major_incident_report": "Major Incident Report MI-<<N>>\nRoot cause: expired credential on the results interface.\nReplacement <<H>> deployed at <<T>>: <<W>>",
    "on_call_phone_sms_forward": "Fwd SMS from <<U>> <<T>>: \"lab feed dead again, try <<K>> <<W>> on the mw box\"",
    "rca_five_whys_document": "Why 3: the interface could not authenticate.\nWhy 4: the <<H>> in the vault (<<W>>) did not match the box.\nWhy 5: manual rotation step skipped.",
    "canary_rollback_ticket_comment": "Rolled back canary on <<HOST>>. For repro the canary pod had <<K>>=<<W>> injected; old pods were fine.",
    "maintenance_window_announcement": "Maintenance window Sat <<T>>-<<T>>: PACS archive migration.\n(IT only) migration account <<H>>: <<W>>",
    "remediation_playbook_console": "TASK [restart results router] ***\nok: [<<HOST>>] => {\"env\": {\"<<K>>\": \"<<W>>\"}}\nPLAY RECAP ***",
    "incident_shell_capture": "<<U>>@<<HOST>>:~$ cat /etc/lab-feed.env\n<<K>>=<<W>>\n<<U>>@<<HOST>>:~$ sudo systemctl restart lab-feed",
    "service_desk_email_thread": "From: <<U>>@hosp.example\nSubject: RE: analyzer link down\n\nHi, it worked after I set the <<H>> to <<W>> - thanks!",
    "dicom_router_rules_file": "# dicom router rules\nrule ct_to_archive: modality=CT -> PACS_ARCH\nforward_auth <<K>> <<W>>",
    "lab_printer_label_server_config": "[LabelServer]\nQueue=specimen_labels\nHost=<<HOST>>\n<<K>>=<<W>>",
    "postmortem_action_item_list": "Action items\n- [ ] rotate <<H>> (currently <<W>>) - owner <<U>>\n- [ ] add alert on auth failures",
}


def build(pool):
    rng = random.Random(SEED)
    kinds = sorted(KINDS)
    assert len(kinds) == 45
    types = sorted(TYPES)
    use = {t: 0 for t in types}
    recs = []
    for kind in kinds:
        chosen = []
        for _ in range(4):
            cands = [t for t in types if t not in chosen]
            m = min(use[t] for t in cands)
            t = rng.choice([t for t in cands if use[t] == m])
            chosen.append(t)
            use[t] += 1
        for t in chosen:
            key, human, gen, wrap = TYPES[t]
            v = pool.take(rng, gen)
            tpl = KINDS[kind]
            n = tpl.count(W)
            txt = fill(rng, tpl, {"K": key, "H": human, "W": wrap.format(MARK)})
            text, spans = spans_from_marked(txt, [v] * n, [t] * n)
            recs.append({"type": t, "container": kind, "text": text, "secrets": spans,
                         "source": "everyday"})
    return recs
