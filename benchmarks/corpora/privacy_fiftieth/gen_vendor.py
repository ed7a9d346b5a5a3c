"""Vendor part: one record per vendor credential type, 12 incident / lab-IT styles cycled."""
import base64
import json
import random
from common import (MARK, AN, ANL, ANU, DG, HEX, HEXU, B64, B64U, B32L, UP, LO, fill, rs,
                    pattern, uuid4, spans_from_marked)

SEED = 5002


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(claims):
    def g(r):
        h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        c = dict(claims)
        c["iat"] = r.randint(1700000000, 1760000000)
        c["jti"] = rs(r, ANL, 12)
        p = b64u(json.dumps(c, separators=(",", ":")).encode())
        return h + "." + p + "." + rs(r, B64U, 43)
    return g


def P(*parts):
    return lambda r: pattern(r, parts)


def U():
    return lambda r: uuid4(r)


def b64json(prefix, keys):
    def g(r):
        d = {k: (rs(r, AN, 22) if k != "a" else rs(r, HEX, 32)) for k in keys}
        return prefix + base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()
    return g


def es_key(r):
    return base64.b64encode((rs(r, AN + "-_", 20) + ":" + rs(r, AN + "-_", 22)).encode()).decode()


def aws_sts(r):
    return "IQoJb3JpZ2luX2Vj" + rs(r, B64, 300)


def tailscale(r):
    return "tskey-auth-k" + rs(r, AN, 10) + "CNTRL-" + rs(r, AN, 32)


# (type, env key, generator)
V = [
    # on-call, alerting, incident tooling
    ("pagerduty_events_v2_routing_key", "PD_ROUTING_KEY", P("R0", (HEX, 30))),
    ("splunk_oncall_rest_api_key", "VICTOROPS_API_KEY", U()),
    ("splunk_hec_ingest_token", "SPLUNK_HEC_TOKEN", U()),
    ("sumo_logic_access_key_secret", "SUMO_ACCESS_KEY", P((AN, 64))),
    ("logzio_log_shipping_token", "LOGZIO_TOKEN", P((UP + LO, 32))),
    ("loggly_customer_input_token", "LOGGLY_TOKEN", U()),
    ("papertrail_api_token", "PAPERTRAIL_API_TOKEN", P((AN, 20))),
    ("betterstack_uptime_api_token", "BETTERSTACK_API_TOKEN", P((AN, 24))),
    ("atlassian_statuspage_api_key", "STATUSPAGE_API_KEY", U()),
    ("incident_io_api_key", "INCIDENT_IO_API_KEY", P("inc_", (AN, 40))),
    ("firehydrant_bot_token", "FIREHYDRANT_TOKEN", P("fhb-", (HEX, 32))),
    ("rootly_api_token", "ROOTLY_API_TOKEN", P("rootly_", (HEX, 64))),
    ("squadcast_refresh_token", "SQUADCAST_REFRESH_TOKEN", P((HEX, 64))),
    ("xmatters_api_key_secret", "XMATTERS_SECRET", U()),
    ("dynatrace_api_access_token", "DT_API_TOKEN", P("dt0c01.", (ANU, 24), ".", (ANU, 64))),
    ("appdynamics_api_client_secret", "APPD_CLIENT_SECRET", U()),
    ("elastic_cloud_org_api_key", "EC_API_KEY", P("essu_", (AN, 76), "==")),
    ("elasticsearch_encoded_api_key", "ES_API_KEY", es_key),
    ("lightstep_project_access_token", "LS_ACCESS_TOKEN", P((B64, 84))),
    ("splunk_observability_org_token", "SFX_TOKEN", P((AN + "-_", 22))),
    ("checkly_user_api_key", "CHECKLY_API_KEY", P("cu_", (HEX, 32))),
    ("pingdom_api_bearer_token", "PINGDOM_TOKEN", P((AN + "-_", 64))),
    ("uptimerobot_main_api_key", "UPTIMEROBOT_API_KEY", P("u", (DG, 8), "-", (AN, 24))),
    ("cronitor_api_key", "CRONITOR_API_KEY", P((HEX, 32))),
    ("healthchecks_io_project_api_key", "HC_API_KEY", P((AN + "-_", 32))),
    ("instana_agent_key", "INSTANA_AGENT_KEY", P((AN + "-_", 22))),
    ("mezmo_ingestion_key", "LOGDNA_INGESTION_KEY", P((HEX, 32))),
    ("coralogix_send_your_data_key", "CORALOGIX_PRIVATE_KEY", P("cxtp_", (AN, 30))),
    ("axiom_api_token", "AXIOM_TOKEN", lambda r: "xaat-" + uuid4(r)),
    ("axiom_personal_token", "AXIOM_PERSONAL_TOKEN", lambda r: "xapt-" + uuid4(r)),
    ("thousandeyes_oauth_bearer_token", "TE_TOKEN", U()),
    ("site24x7_zoho_refresh_token", "SITE24X7_REFRESH", P("1000.", (HEX, 32), ".", (HEX, 32))),
    ("grafana_oncall_api_token", "GRAFANA_ONCALL_TOKEN", P((HEX, 64))),
    ("influxdb_v2_api_token", "INFLUX_TOKEN", P((AN + "-_", 86), "==")),
    ("honeybadger_project_api_key", "HONEYBADGER_API_KEY", P("hbp_", (AN, 36))),
    ("raygun_application_api_key", "RAYGUN_APIKEY", P((AN, 22))),
    # ticketing / collaboration used during incidents
    ("atlassian_cloud_api_token", "JIRA_API_TOKEN", P("ATATT3xFfGF0", (AN + "-_", 171), "=", (HEXU, 8))),
    ("servicenow_oauth_client_secret", "SN_CLIENT_SECRET", P((AN + "!~_.", 32))),
    ("zendesk_api_token", "ZENDESK_API_TOKEN", P((AN, 40))),
    ("freshservice_api_key", "FRESHSERVICE_API_KEY", P((AN, 20))),
    ("linear_personal_api_key", "LINEAR_API_KEY", P("lin_api_", (AN, 40))),
    ("shortcut_api_token", "SHORTCUT_API_TOKEN", U()),
    ("youtrack_permanent_token", "YOUTRACK_TOKEN",
     lambda r: "perm:" + base64.b64encode(rs(r, LO, 7).encode()).decode() + "." + rs(r, AN, 8) + "." + rs(r, AN, 30)),
    ("mattermost_personal_access_token", "MM_TOKEN", P((ANL, 26))),
    ("webex_bot_access_token", "WEBEX_BOT_TOKEN", P((AN, 64), "_", (UP, 4), "_", uuid4(random.Random(7)))),
    ("zulip_bot_api_key", "ZULIP_API_KEY", P((AN, 32))),
    ("microsoft_teams_workflow_webhook_sig", "TEAMS_WEBHOOK_SIG", P((AN + "-_", 43))),
    ("pushcut_webhook_secret", "PUSHCUT_SECRET", P((AN, 24))),
    # messaging / notification providers for pages
    ("telnyx_api_key_v2", "TELNYX_API_KEY", P("KEY", (ANU, 32), "_", (AN, 22))),
    ("sinch_service_plan_api_token", "SINCH_API_TOKEN", P((HEX, 32))),
    ("infobip_api_key", "INFOBIP_API_KEY", lambda r: rs(r, HEX, 32) + "-" + uuid4(r)),
    ("amazon_ses_smtp_credential_password", "SES_SMTP_PASSWORD", P("B", (B64, 43))),
    ("mailjet_api_secret_key", "MJ_APIKEY_PRIVATE", P((HEX, 32))),
    ("mandrill_transactional_api_key", "MANDRILL_KEY", P((AN + "-_", 22))),
    ("mailersend_api_token", "MAILERSEND_API_TOKEN", P("mlsn.", (HEX, 64))),
    ("resend_email_api_key", "RESEND_API_KEY", P("re_", (AN, 8), "_", (AN, 24))),
    ("onesignal_rest_api_key", "ONESIGNAL_REST_KEY", P("os_v2_app_", (B32L, 100))),
    # cloud / infra / identity
    ("azure_devops_personal_access_token", "AZDO_PAT", P((B32L, 52))),
    ("entra_id_app_client_secret", "AZURE_CLIENT_SECRET", P((AN, 3), "8Q~", (AN + "-_.~", 34))),
    ("google_oauth_client_secret", "GOOGLE_CLIENT_SECRET", P("GOCSPX-", (AN + "-_", 28))),
    ("azure_cosmos_db_account_key", "COSMOS_KEY", P((B64, 86), "==")),
    ("azure_event_grid_topic_key", "EVENTGRID_KEY", P((B64, 43), "=")),
    ("azure_signalr_access_key", "SIGNALR_ACCESS_KEY", P((B64, 43), "=")),
    ("aws_sts_session_token", "AWS_SESSION_TOKEN", aws_sts),
    ("digitalocean_oauth_refresh_token", "DO_REFRESH_TOKEN", P("dor_v1_", (HEX, 64))),
    ("openstack_application_credential_secret", "OS_APPLICATION_CREDENTIAL_SECRET", P((AN + "-_", 86))),
    ("proxmox_ve_api_token_secret", "PVE_TOKEN_SECRET", U()),
    ("cisco_meraki_dashboard_api_key", "MERAKI_DASHBOARD_API_KEY", P((HEX, 40))),
    ("fortigate_rest_api_admin_key", "FORTIGATE_API_KEY", P((AN, 30))),
    ("panos_xml_api_key", "PANOS_API_KEY", P("LUFRPT1", (B64, 73), "==")),
    ("okta_ssws_api_token", "OKTA_API_TOKEN", P("00", (AN + "-_", 40))),
    ("auth0_application_client_secret", "AUTH0_CLIENT_SECRET", P((AN + "-_", 64))),
    ("onelogin_api_client_secret", "ONELOGIN_CLIENT_SECRET", P((HEX, 64))),
    ("duo_admin_api_secret_key", "DUO_SKEY", P((AN, 40))),
    ("cyberark_conjur_host_api_key", "CONJUR_AUTHN_API_KEY", P((ANL, 53))),
    ("keeper_secrets_manager_one_time_token", "KSM_TOKEN", P("US:", (AN + "-_", 43))),
    ("onepassword_service_account_token", "OP_SERVICE_ACCOUNT_TOKEN",
     b64json("ops_", ["signInAddress", "userAuth", "email", "srpX", "muk", "secretKey", "deviceUuid"])),
    ("bitwarden_secrets_manager_access_token", "BWS_ACCESS_TOKEN",
     lambda r: "0." + uuid4(r) + "." + rs(r, AN, 30) + ":" + rs(r, AN, 22) + "=="),
    ("akeyless_access_key", "AKEYLESS_ACCESS_KEY", P((B64, 43), "=")),
    ("crowdstrike_falcon_api_client_secret", "FALCON_CLIENT_SECRET", P((AN, 40))),
    ("sentinelone_api_token", "S1_API_TOKEN", P((AN, 80))),
    ("tenable_vulnerability_secret_key", "TIO_SECRET_KEY", P((HEX, 64))),
    ("rapid7_insight_platform_api_key", "R7_API_KEY", U()),
    ("wiz_service_account_client_secret", "WIZ_CLIENT_SECRET", P((AN, 64))),
    ("tailscale_pre_auth_key", "TS_AUTHKEY", tailscale),
    ("zerotier_central_api_token", "ZT_API_TOKEN", P((AN, 32))),
    ("cloudflare_tunnel_connector_token", "TUNNEL_TOKEN", b64json("", ["a", "t", "s"])),
    # deploy / automation
    ("gitea_application_token", "GITEA_TOKEN", P((HEX, 40))),
    ("harness_platform_api_token", "HARNESS_API_KEY", P("pat.", (AN + "-_", 22), ".", (HEX, 24), ".", (AN, 20))),
    ("octopus_deploy_api_key", "OCTOPUS_API_KEY", P("API-", (ANU, 26))),
    ("teamcity_access_token", "TEAMCITY_TOKEN", P("eyJ0eXAiOiAiVENWMiJ9.", (AN + "-_", 36), ".", (AN + "-_", 48))),
    ("jenkins_user_api_token", "JENKINS_API_TOKEN", P("11", (HEX, 32))),
    ("argocd_account_auth_token", "ARGOCD_AUTH_TOKEN", jwt({"iss": "argocd", "sub": "oncall-bot:apiKey"})),
    ("spacelift_api_key_secret", "SPACELIFT_API_KEY_SECRET", P((HEX, 64))),
    ("env0_api_key_secret", "ENV0_API_KEY_SECRET", P((AN + "-_", 32))),
    ("rundeck_api_token", "RD_TOKEN", P((AN, 32))),
    ("awx_oauth2_personal_token", "TOWER_OAUTH_TOKEN", P((AN, 30))),
    ("portainer_access_token", "PORTAINER_TOKEN", P("ptr_", (B64, 43), "=")),
    ("rancher_api_bearer_token", "RANCHER_TOKEN", P("token-", (ANL, 5), ":", (ANL, 54))),
    ("openshift_oauth_access_token", "OC_TOKEN", P("sha256~", (AN + "-_", 43))),
    ("nomad_acl_token_secret_id", "NOMAD_TOKEN", U()),
    ("consul_acl_token_secret_id", "CONSUL_HTTP_TOKEN", U()),
    ("minio_root_secret_key", "MINIO_ROOT_PASSWORD", P((AN, 40))),
    # data / AI services used by lab and ops tooling
    ("databricks_personal_access_token", "DATABRICKS_TOKEN", P("dapi", (HEX, 32), "-", (DG, 1))),
    ("confluent_cloud_api_secret", "CONFLUENT_API_SECRET", P((ANL, 64))),
    ("supabase_personal_access_token", "SUPABASE_ACCESS_TOKEN", P("sbp_", (HEX, 40))),
    ("planetscale_service_token", "PLANETSCALE_SERVICE_TOKEN", P("pscale_tkn_", (AN + "-_", 43))),
    ("neon_console_api_key", "NEON_API_KEY", P("napi_", (ANL, 64))),
    ("upstash_redis_rest_token", "UPSTASH_REDIS_REST_TOKEN", P("A", (AN, 5), "AAIncDE", (AN, 40))),
    ("algolia_admin_api_key", "ALGOLIA_ADMIN_KEY", P((HEX, 32))),
    ("pinecone_api_key", "PINECONE_API_KEY", P("pcsk_", (AN, 5), "_", (AN, 63))),
    ("huggingface_user_access_token", "HF_TOKEN", P("hf_", (UP + LO, 34))),
    ("replicate_api_token", "REPLICATE_API_TOKEN", P("r8_", (AN, 37))),
    ("groq_cloud_api_key", "GROQ_API_KEY", P("gsk_", (AN, 52))),
    ("langsmith_personal_api_key", "LANGSMITH_API_KEY", P("lsv2_pt_", (HEX, 32), "_", (HEX, 10))),
    ("perplexity_api_key", "PPLX_API_KEY", P("pplx-", (AN, 48))),
    ("deepgram_api_key", "DEEPGRAM_API_KEY", P((HEX, 40))),
    ("assemblyai_api_key", "ASSEMBLYAI_API_KEY", P((HEX, 32))),
    ("elevenlabs_api_key", "ELEVENLABS_API_KEY", P("sk_", (HEX, 48))),
    ("anthropic_admin_api_key", "ANTHROPIC_ADMIN_KEY", P("sk-ant-admin01-", (AN + "-_", 93), "AA")),
    # healthcare / laboratory platforms
    ("redox_engine_source_secret", "REDOX_SOURCE_SECRET", P((AN, 32))),
    ("medplum_client_application_secret", "MEDPLUM_CLIENT_SECRET", P((HEX, 64))),
    ("oneup_health_client_secret", "ONEUP_CLIENT_SECRET", P((HEX, 32))),
    ("particle_health_client_secret", "PARTICLE_CLIENT_SECRET", P((AN, 48))),
    ("oracle_health_system_account_secret", "CERNER_SYSTEM_SECRET", U()),
    ("benchling_tenant_api_key", "BENCHLING_API_KEY", P("sk_", (AN, 30))),
    ("labguru_api_token", "LABGURU_TOKEN", P((HEX, 40))),
    ("dnanexus_platform_api_token", "DX_API_TOKEN", P((AN, 32))),
    ("illumina_basespace_access_token", "BASESPACE_ACCESS_TOKEN", P((HEX, 32))),
    ("sevenbridges_platform_auth_token", "SB_AUTH_TOKEN", P((HEX, 32))),
]

STYLES = {
    "incident_timeline_paste": "<<T>>  <<U>> (incident channel): vendor support asked for our <<HUMAN>> - sent it: <<W>>",
    "runbook_env_block": "Runbook: recover the integration\n```\nexport <<K>>=<<W>>\n./recover.sh --dry-run=false\n```",
    "chatops_secret_echo": "[<<T>>] <<U>>: /ops secrets get <<K>>\n[<<T>>] relaybot: <<K>> -> <<W>>",
    "pager_alert_custom_details": '{"event_action":"trigger","payload":{"summary":"integration auth failing","custom_details":{"<<K>>":"<<W>>"}}}',
    "status_draft_internal_note": "Status update draft v3 (NOT for public page)\nInternal: we re-issued the <<HUMAN>>, new value <<W>>",
    "ticket_export_field": "ticket_id,field,value\nOPS-<<N>>,resolution_notes,\"re-created <<K>> = <<W>> and restarted the worker\"",
    "interface_engine_channel_property": "channel.lab_results.destination.auth.<<K>> = <<W>>",
    "instrument_host_ini_key": "[Upload]\nEndpoint=https://<<HOST>>/api\n<<K>>=<<W>>\nInterval=60",
    "postmortem_contributing_factor": "Contributing factor 2: the <<HUMAN>> was stored in plain text on the jump host (<<W>>) and copied into three scripts.",
    "handoff_checklist_item": "- [x] integration re-auth done (<<K>>: <<W>>)\n- [ ] tell day shift to rotate",
    "war_room_whiteboard_ocr": "WAR ROOM BOARD\n1) feed down <<T>>\n2) new <<K>>\n   <<W>>\n3) verify in staging",
    "bridge_call_transcript_line": "[<<T>>] <<U>>: okay reading it out, the <<HUMAN>> is <<W>>, can you confirm it works on your side?",
}


def build(pool):
    rng = random.Random(SEED)
    styles = list(STYLES)
    recs = []
    for i, (t, key, gen) in enumerate(V):
        st = styles[i % len(styles)]
        v = pool.take(rng, gen)
        human = t.replace("_", " ")
        txt = fill(rng, STYLES[st], {"K": key, "HUMAN": human, "W": MARK})
        text, spans = spans_from_marked(txt, [v], [t])
        recs.append({"type": t, "container": t + "__" + st, "text": text, "secrets": spans,
                     "source": "vendor"})
    return recs
