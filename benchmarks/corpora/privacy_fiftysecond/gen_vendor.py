"""One record per new vendor credential type (security tooling focus), 12 styles cycled."""
import random, base64, json
from common import s, hx, uid, b64json, fill, Filler, ALNUM, B64, B64URL, UPPER_ALNUM, LOWER_ALNUM

SEED = 5202
S = "\u27e6S\u27e7"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def jwt(r, payload):
    return b64json('{"alg":"HS256","typ":"JWT"}') + "." + b64json(json.dumps(payload, separators=(",", ":"))) + "." + s(r, 43, B64URL)


V = [
 ("shodan_api_key", "SHODAN_API_KEY", lambda r: s(r, 32)),
 ("virustotal_api_key", "VT_API_KEY", lambda r: hx(r, 64)),
 ("greynoise_api_key", "GREYNOISE_API_KEY", lambda r: s(r, 64)),
 ("urlscan_io_api_key", "URLSCAN_API_KEY", lambda r: uid(r)),
 ("abuseipdb_api_key", "ABUSEIPDB_KEY", lambda r: hx(r, 80)),
 ("alienvault_otx_api_key", "OTX_API_KEY", lambda r: hx(r, 64)),
 ("securitytrails_api_key", "SECURITYTRAILS_APIKEY", lambda r: s(r, 32)),
 ("hibp_api_key", "HIBP_API_KEY", lambda r: hx(r, 32)),
 ("censys_search_api_secret", "CENSYS_API_SECRET", lambda r: s(r, 32)),
 ("hybrid_analysis_api_key", "HA_API_KEY", lambda r: s(r, 64, LOWER_ALNUM)),
 ("recorded_future_api_token", "RF_TOKEN", lambda r: hx(r, 32)),
 ("misp_automation_auth_key", "MISP_AUTHKEY", lambda r: s(r, 40)),
 ("opencti_platform_token", "OPENCTI_TOKEN", lambda r: uid(r)),
 ("thehive_user_api_key", "THEHIVE_API_KEY", lambda r: s(r, 32)),
 ("cortex_analyzer_org_key", "CORTEX_KEY", lambda r: s(r, 32, B64URL)),
 ("tines_tenant_api_key", "TINES_API_KEY", lambda r: s(r, 32, B64URL)),
 ("xsoar_standard_api_key", "DEMISTO_API_KEY", lambda r: hx(r, 32).upper()),
 ("sumo_logic_access_key", "SUMO_ACCESS_KEY", lambda r: s(r, 64)),
 ("qradar_authorized_service_token", "SEC_TOKEN", lambda r: uid(r)),
 ("elastic_cloud_serverless_key", "EC_API_KEY", lambda r: "essu_" + s(r, 80, B64)),
 ("panther_public_api_token", "PANTHER_API_TOKEN", lambda r: s(r, 40)),
 ("logz_io_shipping_token", "LOGZIO_TOKEN", lambda r: s(r, 32, string_lower := "abcdefghijklmnopqrstuvwxyz")),
 ("graylog_rest_access_token", "GRAYLOG_TOKEN", lambda r: s(r, 52, LOWER_ALNUM)),
 ("coralogix_send_your_data_key", "CX_PRIVATE_KEY", lambda r: "cxtp_" + s(r, 30)),
 ("cribl_cloud_client_secret", "CRIBL_CLIENT_SECRET", lambda r: s(r, 64, B64URL)),
 ("lacework_api_secret", "LW_API_SECRET", lambda r: "_" + hx(r, 32)),
 ("wiz_service_account_secret", "WIZ_CLIENT_SECRET", lambda r: s(r, 64)),
 ("orca_security_api_token", "ORCA_API_TOKEN", lambda r: s(r, 72, B64)),
 ("prisma_cloud_access_secret", "PRISMA_SECRET_KEY", lambda r: s(r, 28, B64) + "="),
 ("semgrep_app_token", "SEMGREP_APP_TOKEN", lambda r: hx(r, 64)),
 ("gitguardian_personal_token", "GITGUARDIAN_API_KEY", lambda r: s(r, 69)),
 ("socket_dev_org_api_token", "SOCKET_SECURITY_API_KEY", lambda r: "sktsec_" + s(r, 40) + "_api"),
 ("mend_user_key", "WS_USERKEY", lambda r: hx(r, 64)),
 ("checkmarx_one_refresh_token", "CX_APIKEY", lambda r: jwt(r, {"typ": "Offline", "iss": "https://eu.iam.checkmarx.net", "sub": uid(r)})),
 ("veracode_api_key_secret", "VERACODE_API_KEY_SECRET", lambda r: hx(r, 128)),
 ("detectify_api_key", "DETECTIFY_KEY", lambda r: hx(r, 32)),
 ("invicti_api_token", "INVICTI_TOKEN", lambda r: s(r, 44, B64) + "="),
 ("acunetix_api_key", "ACUNETIX_API_KEY", lambda r: hx(r, 65)),
 ("burp_enterprise_api_key", "BURP_API_KEY", lambda r: s(r, 32)),
 ("nessus_scanner_secret_key", "NESSUS_SECRET_KEY", lambda r: hx(r, 64)),
 ("intruder_io_api_token", "INTRUDER_TOKEN", lambda r: hx(r, 40)),
 ("pentest_tools_api_key", "PT_API_KEY", lambda r: s(r, 40)),
 ("hackerone_api_token", "H1_API_TOKEN", lambda r: s(r, 44, B64) + "="),
 ("bugcrowd_api_token", "BUGCROWD_TOKEN", lambda r: s(r, 20) + ":" + s(r, 43, B64URL)),
 ("intigriti_researcher_token", "INTIGRITI_TOKEN", lambda r: hx(r, 64).upper()),
 ("yeswehack_pat", "YWH_PAT", lambda r: "ywh_" + s(r, 40)),
 ("horizon3_nodezero_api_key", "H3_API_KEY", lambda r: s(r, 48, B64URL)),
 ("huntress_api_private_key", "HUNTRESS_SECRET", lambda r: "hk_" + hx(r, 40)),
 ("sophos_central_client_secret", "SOPHOS_CLIENT_SECRET", lambda r: hx(r, 100)),
 ("bitdefender_gravityzone_api_key", "GZ_API_KEY", lambda r: hx(r, 64)),
 ("trend_vision_one_api_token", "TMV1_TOKEN", lambda r: jwt(r, {"cid": uid(r), "cpid": "svp", "ppid": "customer-portal"})),
 ("microsoft_defender_app_secret", "MDE_CLIENT_SECRET", lambda r: s(r, 3) + str(r.randint(0, 9)) + "Q~" + s(r, 34, B64URL)),
 ("carbon_black_cloud_api_secret", "CBC_API_SECRET", lambda r: s(r, 24, UPPER_ALNUM)),
 ("cortex_xdr_advanced_api_key", "XDR_API_KEY", lambda r: s(r, 128)),
 ("cybereason_api_password", "CYBEREASON_PASS", lambda r: s(r, 20, ALNUM + "!#")),
 ("limacharlie_org_api_key", "LC_API_KEY", lambda r: uid(r)),
 ("expel_workbench_api_token", "EXPEL_TOKEN", lambda r: uid(r)),
 ("red_canary_api_auth_token", "RC_AUTH_TOKEN", lambda r: hx(r, 32)),
 ("kolide_api_key", "KOLIDE_API_KEY", lambda r: "k2sk_v1_" + s(r, 32)),
 ("blumira_api_client_secret", "BLUMIRA_SECRET", lambda r: s(r, 40, B64URL)),
 ("arctic_wolf_api_token", "AW_TOKEN", lambda r: s(r, 48, LOWER_ALNUM)),
 ("eset_connect_api_password", "ESET_PASSWORD", lambda r: s(r, 24, ALNUM + "%&")),
 ("wazuh_api_jwt", "WAZUH_TOKEN", lambda r: jwt(r, {"iss": "wazuh", "aud": "Wazuh API REST", "nbf": 1767225600, "rbac_roles": [1]})),
 ("velociraptor_api_client_cert_key_pass", "VELO_PASS", lambda r: s(r, 24)),
 ("onepassword_connect_server_token", "OP_CONNECT_TOKEN", lambda r: b64json('{"alg":"ES256","kid":"' + s(r, 26, LOWER_ALNUM) + '","typ":"JWT"}') + "." + b64json('{"1password.com/auuid":"' + s(r, 26, UPPER_ALNUM) + '","1password.com/fts":["vaultaccess"]}') + "." + s(r, 86, B64URL)),
 ("bitwarden_org_api_client_secret", "BW_CLIENTSECRET", lambda r: s(r, 30)),
 ("passbolt_user_private_key_passphrase", "PASSBOLT_PASSPHRASE", lambda r: s(r, 22)),
 ("psono_api_key_secret", "PSONO_API_SECRET_KEY", lambda r: hx(r, 64)),
 ("akeyless_access_key", "AKEYLESS_ACCESS_KEY", lambda r: s(r, 44, B64) + "="),
 ("teleport_node_join_token", "TELEPORT_JOIN_TOKEN", lambda r: hx(r, 32)),
 ("strongdm_admin_token", "SDM_ADMIN_TOKEN", lambda r: s(r, 120, B64URL)),
 ("twingate_tenant_api_token", "TWINGATE_API_TOKEN", lambda r: s(r, 96, B64URL)),
 ("zerotier_central_api_token", "ZEROTIER_CENTRAL_TOKEN", lambda r: s(r, 32)),
 ("netbird_personal_access_token", "NB_PAT", lambda r: "nbp_" + s(r, 36)),
 ("tailscale_auth_key", "TS_AUTHKEY", lambda r: "tskey-auth-k" + s(r, 10) + "CNTRL-" + s(r, 33)),
 ("headscale_preauth_key", "HEADSCALE_KEY", lambda r: hx(r, 48)),
 ("cloudflare_tunnel_token", "TUNNEL_TOKEN", lambda r: base64.b64encode(('{"a":"%s","t":"%s","s":"%s"}' % (hx(r, 32), uid(r), base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode())).encode()).decode()),
 ("ngrok_api_key", "NGROK_API_KEY", lambda r: "2" + s(r, 26) + "_" + s(r, 21)),
 ("zscaler_zia_api_key", "ZIA_API_KEY", lambda r: s(r, 12)),
 ("netskope_private_access_publisher_token", "NPA_TOKEN", lambda r: s(r, 40, B64) + "=="),
 ("thinkst_canary_auth_token", "CANARY_AUTH_TOKEN", lambda r: hx(r, 32)),
 ("ipinfo_access_token", "IPINFO_TOKEN", lambda r: hx(r, 14)),
 ("maxmind_license_key", "MAXMIND_LICENSE_KEY", lambda r: s(r, 6) + "_" + s(r, 29) + "_mmk"),
 ("dehashed_api_key", "DEHASHED_KEY", lambda r: s(r, 32, LOWER_ALNUM)),
 ("intelx_api_key", "INTELX_KEY", lambda r: uid(r)),
 ("spycloud_api_key", "SPYCLOUD_API_KEY", lambda r: s(r, 40)),
 ("spur_context_api_token", "SPUR_TOKEN", lambda r: s(r, 24)),
 ("fofa_api_key", "FOFA_KEY", lambda r: hx(r, 32)),
 ("zoomeye_api_key", "ZOOMEYE_API_KEY", lambda r: uid(r).upper()),
 ("netlas_api_key", "NETLAS_API_KEY", lambda r: s(r, 32)),
 ("leakix_api_key", "LEAKIX_API_KEY", lambda r: s(r, 48, B64URL)),
 ("binaryedge_api_key", "BE_API_KEY", lambda r: uid(r)),
 ("anyrun_api_key", "ANYRUN_KEY", lambda r: s(r, 32) + "-" + s(r, 12)),
 ("joe_sandbox_api_key", "JBX_API_KEY", lambda r: hx(r, 64)),
 ("intezer_api_key", "INTEZER_API_KEY", lambda r: uid(r)),
 ("malwarebazaar_auth_key", "ABUSECH_AUTH_KEY", lambda r: s(r, 48, LOWER_ALNUM)),
 ("triage_sandbox_api_key", "TRIAGE_API_KEY", lambda r: hx(r, 40)),
 ("filescan_io_api_key", "FILESCAN_KEY", lambda r: s(r, 40)),
 ("knowbe4_reporting_api_key", "KB4_API_KEY", lambda r: jwt(r, {"site": "acme", "uid": r.randint(1000, 99999), "scopes": ["elvis"]})),
 ("sublime_security_api_key", "SUBLIME_API_KEY", lambda r: s(r, 40, LOWER_ALNUM)),
 ("ironscales_api_key", "IRONSCALES_KEY", lambda r: s(r, 64)),
 ("cofense_triage_client_secret", "TRIAGE_CLIENT_SECRET", lambda r: s(r, 43, B64URL)),
 ("gophish_admin_api_key", "GOPHISH_API_KEY", lambda r: hx(r, 64)),
 ("yubicloud_client_secret", "YUBICO_SECRET", lambda r: s(r, 27, B64) + "="),
 ("hashicorp_boundary_auth_token", "BOUNDARY_TOKEN", lambda r: "at_" + s(r, 10) + "_s~" + s(r, 90, B58)),
 ("pomerium_service_account_jwt", "POMERIUM_SA_JWT", lambda r: jwt(r, {"iss": "authenticate.acme-sec.example", "sub": uid(r), "aud": "acme-sec.example"})),
 ("keycdn_api_key", "KEYCDN_API_KEY", lambda r: s(r, 32, LOWER_ALNUM)),
 ("sentry_relay_credentials_secret", "RELAY_SECRET_KEY", lambda r: s(r, 43, B64URL)),
 ("snyk_service_account_token", "SNYK_SA_TOKEN", lambda r: "snyk_sat." + s(r, 48, B64URL)),
 ("dependency_track_api_key", "DTRACK_API_KEY", lambda r: "odt_" + s(r, 32)),
 ("defectdojo_api_v2_key", "DD_V2_KEY", lambda r: hx(r, 40)),
 ("faraday_api_token", "FARADAY_TOKEN", lambda r: s(r, 40, B64URL)),
 ("plextrac_api_password", "PLEXTRAC_PASSWORD", lambda r: s(r, 20, ALNUM + "#$")),
 ("dradis_pro_api_token", "DRADIS_TOKEN", lambda r: s(r, 20, B64URL)),
 ("cobalt_io_api_token", "COBALT_TOKEN", lambda r: s(r, 43, B64URL)),
 ("synack_api_token", "SYNACK_TOKEN", lambda r: s(r, 60, B64URL)),
 ("attackiq_platform_token", "AIQ_TOKEN", lambda r: hx(r, 40)),
 ("safebreach_api_key", "SB_API_KEY", lambda r: hx(r, 32)),
 ("crowdsec_console_enroll_key", "CROWDSEC_ENROLL_KEY", lambda r: s(r, 25, LOWER_ALNUM)),
 ("pcap_cloudshark_api_token", "CLOUDSHARK_TOKEN", lambda r: hx(r, 32)),
]

STYLES = {
 "har_header_entry_json": '{{"name": "{K}", "value": "{D}"}}',
 "siem_raw_event_kv": '{T} host={H} app=ingest msg="loaded config" {K}={D} pid={N}',
 "edr_cmdline_field_json": '{{"ProcessName":"python3","CommandLine":"python3 enrich.py --{k} {D}","UserName":"{U}"}}',
 "pentest_appendix_table_row": "| {H} | /opt/intel/.env | {K} | {D} | exposed |",
 "bounty_poc_curl_line": 'curl -s https://api.{H}/v1/probe -H "X-{K}: {D}"',
 "keepassxc_csv_row": '"Intel feeds","{K}","{U}","{D}","https://{H}","",""',
 "chrome_login_data_csv_row": "{K},https://{H}/,{U},{D},",
 "forensic_strings_output": "0x{N}: {K}\n0x{N}: {D}\n0x{N}: https://{H}/api",
 "operator_loot_file_line": "[+] {H} /home/{U}/.config/feeds.ini -> {K} = {D}",
 "scanner_secret_finding_yaml": "- rule: {k}\n  file: soc/enrichment/settings.py\n  line: {N}\n  secret: {D}",
 "soar_playbook_input_yaml": "inputs:\n  - name: {k}\n    value: {D}\n    hidden: false",
 "analyst_pastebin_dump": "-- pasted by {U} {T} --\n{k} -> {D}\n-- end --",
}


def generate():
    r = random.Random(SEED)
    f = Filler(r)
    styles = list(STYLES)
    recs = []
    for i, (t, key, gen) in enumerate(V):
        st = styles[i % len(styles)]
        v = gen(r)
        tpl = STYLES[st].format(K=key, k=key.lower(), D=S, U=f.user(), H=f.host(), T=f.ts(), N=f.num())
        text, spans = fill(tpl, {"S": (v, t)})
        recs.append({"type": t, "container": t + "__" + st, "text": text, "secrets": spans, "source": "vendor"})
    return recs
