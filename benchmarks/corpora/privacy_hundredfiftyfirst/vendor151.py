"""Vendor token records (p151). Shapes from background knowledge; see README."""
import random, string
from gen151 import Shapes, aprs_passcode, callsign

def V(sh):
    h, a, d = sh.hexs, sh.an, sh.digits
    la = sh.lowan
    return [
     ("qrz_logbook_api_key", lambda: "-".join(h(4, True) for _ in range(4))),
     ("qrz_xml_session_key", lambda: h(32)),
     ("clublog_api_key", lambda: h(40)),
     ("hamqth_session_id", lambda: h(40)),
     ("hrdlog_upload_code", lambda: h(12)),
     ("aprsfi_api_key", lambda: d(6) + "." + a(18)),
     ("aprsis_login_passcode", None),
     ("remotehams_rcforb_api_key", lambda: h(32)),
     ("qrzcq_api_key", lambda: h(32)),
     ("dxheat_api_key", lambda: h(32)),
     ("eqslcc_archive_upload_key", lambda: a(16)),
     ("sotadata_oauth_refresh_token", lambda: sh.b64url(48)),
     ("wwff_logsearch_api_key", lambda: sh.uuid4()),
     ("flexradio_smartlink_refresh_token", lambda: a(52)),
     ("receiverbook_station_key", lambda: "ReceiverId-" + sh.uuid4() + "-" + h(32)),
     ("pskreporter_partner_token", lambda: h(40)),
     ("hamqth_dxcc_api_key", lambda: a(24)),
     ("brandmeister_api_v2_token", lambda: sh.jwt({"iss": "brandmeister", "sub": d(7), "iat": 1700000000 + sh.r.randrange(10**7)})),
     ("tgif_network_hotspot_security_key", lambda: a(20)),
     ("radioid_api_token", lambda: h(64)),
     ("satnogs_db_api_token", lambda: h(40)),
     ("satnogs_network_api_token", lambda: h(40)),
     ("n2yo_api_key", lambda: "-".join(sh.upan(6) for _ in range(3)) + "-" + sh.upan(4)),
     ("repeaterbook_api_token", lambda: a(40)),
     ("hamalert_api_token", lambda: h(32)),
     ("cloudlog_api_key", lambda: "cl" + h(13)),
     ("wavelog_api_key", lambda: "wl" + h(13)),
     ("pota_app_api_key", lambda: sh.uuid4()),
     ("sotawatch_client_secret", lambda: a(32)),
     ("dapnet_transmitter_auth_key", lambda: a(20)),
     ("kiwisdr_admin_password_token", lambda: a(24)),
     ("meshtastic_channel_psk", lambda: sh.b64(32)),
     ("thethingsnetwork_api_key", lambda: "NNSXS." + sh.upan(39) + "." + sh.upan(52)),
     ("chirpstack_api_token", lambda: sh.jwt({"aud": "chirpstack", "iss": "chirpstack", "sub": sh.uuid4(), "typ": "key"})),
     ("helium_console_api_key", lambda: sh.b64(32)),
     ("blynk_auth_token", lambda: sh.s(string.ascii_letters + string.digits + "_-", 32)),
     ("adafruit_io_key", lambda: "aio_" + a(28)),
     ("thingspeak_write_api_key", lambda: sh.upan(16)),
     ("wunderground_pws_station_key", lambda: a(8)),
     ("openweathermap_appid", lambda: h(32)),
     ("windy_api_key", lambda: a(32)),
     ("homeassistant_long_lived_token", lambda: sh.jwt({"iss": h(32), "iat": 1700000000, "exp": 2015000000})),
     ("influxdb_v2_api_token", lambda: sh.b64url(64) + "=="),
     ("grafana_service_account_token", lambda: "glsa_" + a(32) + "_" + h(8)),
     ("grafana_cloud_access_policy_token", lambda: "glc_" + sh.b64(60).replace("+", "A").replace("/", "B").rstrip("=")),
     ("hivemq_cloud_credential_password", lambda: a(24)),
     ("pushover_application_token", lambda: "a" + sh.lowan(29)),
     ("pushover_user_key", lambda: "u" + sh.lowan(29)),
     ("telegram_bot_token", lambda: d(10) + ":AA" + sh.s(string.ascii_letters + string.digits + "_-", 33)),
     ("discord_bot_token", lambda: sh.b64url(14)[:24] + "." + sh.s(string.ascii_letters + string.digits + "_-", 6) + "." + sh.s(string.ascii_letters + string.digits + "_-", 38)),
     ("discord_webhook_url_token", lambda: sh.s(string.ascii_letters + string.digits + "_-", 68)),
     ("slack_incoming_webhook_path", lambda: "T" + sh.upan(10) + "/B" + sh.upan(10) + "/" + a(24)),
     ("gotify_application_token", lambda: "A" + sh.s(string.ascii_letters + string.digits + ".-_", 14)),
     ("ntfy_access_token", lambda: "tk_" + la(29)),
     ("matrix_synapse_access_token", lambda: "syt_" + sh.b64url(6) + "_" + a(20) + "_" + a(6)),
     ("mastodon_app_access_token", lambda: sh.s(string.ascii_letters + string.digits + "_-", 43)),
     ("github_personal_access_token", lambda: sh.github("ghp_")),
     ("github_oauth_access_token", lambda: sh.github("gho_")),
     ("github_actions_installation_token", lambda: sh.github("ghs_")),
     ("gitlab_personal_access_token", lambda: "glpat-" + sh.s(string.ascii_letters + string.digits + "_-", 20)),
     ("gitlab_runner_authentication_token", lambda: "glrt-" + sh.s(string.ascii_letters + string.digits + "_-", 20)),
     ("gitea_access_token", lambda: h(40)),
     ("bitbucket_app_password", lambda: "ATBB" + a(28) + h(8, True)),
     ("heroku_platform_api_key", lambda: "HRKU-" + sh.uuid4()),
     ("digitalocean_personal_access_token", lambda: "dop_v1_" + h(64)),
     ("digitalocean_spaces_secret_key", lambda: sh.b64(32).rstrip("=")),
     ("flyio_deploy_token", lambda: "FlyV1 fm2_" + sh.b64(90).replace("/", "_").replace("+", "-")),
     ("cloudflare_api_token", lambda: sh.s(string.ascii_letters + string.digits + "_-", 40)),
     ("cloudflare_tunnel_token", lambda: "eyJhIjoi" + sh.b64(120).rstrip("=")),
     ("backblaze_b2_application_key", lambda: "K00" + sh.s(string.ascii_letters + string.digits + "+/", 28)),
     ("wasabi_secret_access_key", lambda: sh.upan(40)),
     ("aws_secret_access_key", lambda: sh.s(string.ascii_letters + string.digits + "+/", 40)),
     ("google_cloud_api_key", lambda: "AIza" + sh.s(string.ascii_letters + string.digits + "_-", 35)),
     ("azure_storage_account_key", lambda: sh.b64(64)),
     ("openai_project_api_key", lambda: "sk-proj-" + sh.s(string.ascii_letters + string.digits + "_-", 74) + "T3BlbkFJ" + sh.s(string.ascii_letters + string.digits + "_-", 74)),
     ("huggingface_user_access_token", lambda: "hf_" + sh.s(string.ascii_letters, 34)),
     ("groq_api_key", lambda: "gsk_" + a(52)),
     ("replicate_api_token", lambda: "r8_" + a(37)),
     ("perplexity_api_key", lambda: "pplx-" + a(48)),
     ("openrouter_api_key", lambda: "sk-or-v1-" + h(64)),
     ("together_api_key", lambda: h(64)),
     ("fireworks_api_key", lambda: "fw_" + a(24)),
     ("stripe_restricted_key", lambda: "rk_live_" + a(99)),
     ("sendgrid_api_key", lambda: "SG." + sh.s(string.ascii_letters + string.digits + "_-", 22) + "." + sh.s(string.ascii_letters + string.digits + "_-", 43)),
     ("resend_api_key", lambda: "re_" + a(8) + "_" + a(24)),
     ("brevo_api_key", lambda: "xkeysib-" + h(64) + "-" + a(16)),
     ("mailchimp_marketing_api_key", lambda: h(32) + "-us" + str(sh.r.randint(2, 21))),
     ("sentry_org_auth_token", lambda: "sntrys_" + sh.b64(80).rstrip("=")),
     ("sentry_user_auth_token", lambda: "sntryu_" + h(64)),
     ("datadog_api_key", lambda: h(32)),
     ("datadog_application_key", lambda: h(40)),
     ("honeycomb_ingest_key", lambda: "hcaik_" + la(58)),
     ("doppler_service_token", lambda: "dp.st." + la(6) + "." + a(43)),
     ("onepassword_service_account_token", lambda: "ops_eyJ" + sh.b64(200).rstrip("=")),
     ("hashicorp_vault_service_token", lambda: "hvs." + sh.s(string.ascii_letters + string.digits + "_-", 90)),
     ("terraform_cloud_user_token", lambda: a(14) + ".atlasv1." + a(67)),
     ("atlassian_api_token", lambda: "ATATT3xFfGF0" + sh.s(string.ascii_letters + string.digits + "_-=", 170) + h(8, True)),
     ("notion_internal_integration_secret", lambda: "ntn_" + sh.digits(11) + a(35)),
     ("airtable_personal_access_token", lambda: "pat" + a(14) + "." + h(64)),
     ("linear_api_key", lambda: "lin_api_" + a(40)),
     ("shopify_admin_access_token", lambda: "shpat_" + h(32)),
     ("square_access_token", lambda: "EAAA" + sh.s(string.ascii_letters + string.digits + "_-", 60)),
     ("dropbox_short_lived_access_token", lambda: "sl." + sh.s(string.ascii_letters + string.digits + "_-", 136)),
     ("figma_personal_access_token", lambda: "figd_" + sh.s(string.ascii_letters + string.digits + "_-", 40)),
     ("typeform_personal_token", lambda: "tfp_" + a(44) + "_" + a(14)),
     ("contentful_personal_access_token", lambda: "CFPAT-" + sh.s(string.ascii_letters + string.digits + "_-", 43)),
     ("algolia_admin_api_key", lambda: h(32)),
     ("age_encryption_secret_key", lambda: sh.bech32("age-secret-key-", list(sh.rb(32)), True)),
     ("nostr_nsec_private_key", lambda: sh.bech32("nsec", list(sh.rb(32)))),
     ("wireguard_interface_private_key", lambda: sh.wg()),
     ("tailscale_auth_key", lambda: "tskey-auth-k" + a(11) + "CNTRL-" + a(33)),
     ("zerotier_central_api_token", lambda: a(32)),
     ("ngrok_api_key", lambda: d(1) + a(26) + "_" + a(21)),
     ("twitch_client_secret", lambda: la(30)),
     ("youtube_data_oauth_client_secret", lambda: "GOCSPX-" + sh.s(string.ascii_letters + string.digits + "_-", 28)),
     ("paypal_braintree_access_token", lambda: "access_token$production$" + la(16) + "$" + h(32)),
     ("lemonsqueezy_api_key", lambda: sh.jwt({"aud": "1", "jti": h(40), "sub": d(6), "scopes": []})),
     ("patreon_creator_access_token", lambda: sh.s(string.ascii_letters + string.digits + "_-", 43)),
     ("kofi_verification_token", lambda: sh.uuid4()),
     ("mapillary_client_token", lambda: "MLY|" + d(16) + "|" + h(32)),
     ("maptiler_server_key", lambda: a(20)),
     ("thunderforest_api_key", lambda: h(32)),
     ("opencage_geocoder_api_key", lambda: h(32)),
     ("ipinfo_access_token", lambda: h(14)),
     ("abuseipdb_api_key", lambda: h(80)),
     ("shodan_api_key", lambda: a(32)),
     ("virustotal_api_key", lambda: h(64)),
     ("uptimerobot_main_api_key", lambda: "u" + d(7) + "-" + h(24)),
     ("healthchecksio_api_key", lambda: sh.s(string.ascii_letters + string.digits + "_-", 32)),
     ("pagerduty_rest_api_key", lambda: "u+" + sh.s(string.ascii_letters + string.digits + "_-", 18)),
     ("opsgenie_api_key", lambda: sh.uuid4()),
     ("duckdns_token", lambda: sh.uuid4()),
     ("noip_dynamic_update_key", lambda: a(16)),
     ("dynu_api_key", lambda: sh.s("abcdefUVWXYZ0123456789", 30)),
     ("namecheap_api_key", lambda: h(32)),
     ("porkbun_secret_api_key", lambda: "sk1_" + h(64)),
     ("gandi_personal_access_token", lambda: h(40)),
     ("hurricane_electric_ddns_key", lambda: a(16)),
     ("zoho_mail_app_password", lambda: la(12)),
     ("fastmail_api_token", lambda: "fmu1-" + h(8) + "-" + h(32) + "-0-" + h(32)),
     ("proton_bridge_password", lambda: sh.s(string.ascii_letters + string.digits + "-_", 22)),
    ]

STYLES = [
 ("igate_dotenv_file", "{E}={V}\n", "upper"),
 ("websdr_toml_table", "[secrets]\n{E} = \"{V}\"\n", "snake"),
 ("contest_logger_csharp_const", "internal static class Keys\n{{\n    public const string {E} = \"{V}\";\n}}\n", "pascal"),
 ("hotspot_python_settings_module", "# settings.py for the hotspot companion\nDEBUG = False\n{E} = \"{V}\"\n", "upper"),
 ("qsl_sync_node_process_env_default", "const cfg = {{\n  {E}: process.env.{U} || \"{V}\",\n}};\n", "camel"),
 ("repeater_net_ansible_vars_yaml", "---\n# group_vars/repeaters.yml\n{E}: \"{V}\"\n", "snake"),
 ("sat_tracker_gradle_properties", "org.gradle.jvmargs=-Xmx2g\n{E}={V}\n", "dot"),
 ("ham_club_matrix_chat_paste", "<KX4MTX> here's the {E} for the club bot: {V} (delete after copying)\n", "space"),
 ("dx_cluster_systemd_environment_file", "# /etc/default/dxcluster\n{E}=\"{V}\"\n", "upper"),
 ("packet_bbs_perl_our_var", "use strict;\nour ${E} = '{V}';\n", "snake"),
]


def build(reg, seed=15102, brand_ok=lambda b: True, limit=120):
    rnd = random.Random(seed)
    sh = Shapes(rnd)
    from gen151 import case_key
    out, dropped = [], []
    n = 0
    for t, fn in V(sh):
        brand = t.split("_")[0]
        if not brand_ok(brand):
            dropped.append(t)
            continue
        if len(out) >= limit:
            dropped.append(t + " (cap)")
            continue
        if fn is None:
            calls = []
            def pc():
                c = callsign(rnd)
                calls.append(c)
                return aprs_passcode(c)
            v = reg.take(pc)
            t_words = ["aprs", "is", "passcode"]
        else:
            v = reg.take(fn)
            t_words = t.split("_")
        sname, tpl, style = STYLES[n % len(STYLES)]
        n += 1
        e = case_key(t_words, style)
        pre, post = tpl.split("{V}")
        pre = pre.replace("{E}", e).replace("{U}", case_key(t_words, "upper")).replace("{{", "{").replace("}}", "}")
        post = post.replace("{{", "{").replace("}}", "}")
        if fn is None:
            pre = "# igate login " + calls[-1] + "\n" + pre
        text = pre + v + post
        out.append(dict(type=t, container=t + "__" + sname, text=text,
                        secrets=[dict(value=v, start=len(pre), end=len(pre) + len(v), type=t)], source="vendor"))
    return out, dropped
