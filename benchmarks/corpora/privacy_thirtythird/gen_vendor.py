"""Vendor part: one record per vendor credential type in 20 new container styles."""
import random, base64
from common import *

def H(n): return lambda r: rs(r, HEXL, n)
def HU(n): return lambda r: rs(r, HEXL.upper(), n)
def A(n, pre="", al=AN): return lambda r: pre + rs(r, al, n)
U = lambda r: uuid4(r)

# type, env var, shape, header (name, scheme) or None
VT = [
 ("home_assistant_long_lived_token", "HASS_TOKEN", lambda r: jwt_like(r, {"iss": rs(r, HEXL, 32), "iat": 1709400000, "exp": 2024760000}), ("Authorization", "Bearer ")),
 ("smartthings_personal_access_token", "SMARTTHINGS_TOKEN", U, ("Authorization", "Bearer ")),
 ("pushover_application_token", "PUSHOVER_APP_TOKEN", A(29, "a", LO + DI), None),
 ("pushover_user_key", "PUSHOVER_USER_KEY", A(29, "u", LO + DI), None),
 ("pushbullet_access_token", "PUSHBULLET_TOKEN", A(32, "o.", AN), ("Access-Token", "")),
 ("ntfy_access_token", "NTFY_TOKEN", A(29, "tk_", LO + DI), ("Authorization", "Bearer ")),
 ("gotify_application_token", "GOTIFY_APP_TOKEN", A(14, "A", AN + "._-"), ("X-Gotify-Key", "")),
 ("blynk_device_auth_token", "BLYNK_AUTH_TOKEN", A(32, "", AN + "_-"), None),
 ("thingspeak_write_api_key", "THINGSPEAK_WRITE_KEY", A(16, "", UP + DI), ("X-THINGSPEAKAPIKEY", "")),
 ("adafruit_io_key", "ADAFRUIT_IO_KEY", A(28, "aio_", AN), ("X-AIO-Key", "")),
 ("ubidots_token", "UBIDOTS_TOKEN", A(30, "BBFF-", AN), ("X-Auth-Token", "")),
 ("tuya_cloud_access_secret", "TUYA_ACCESS_SECRET", H(32), None),
 ("netatmo_client_secret", "NETATMO_CLIENT_SECRET", A(34, "", AN), None),
 ("ecobee_api_key", "ECOBEE_API_KEY", A(32, "", AN), None),
 ("octoprint_api_key", "OCTOPRINT_API_KEY", HU(32), ("X-Api-Key", "")),
 ("printnode_api_key", "PRINTNODE_API_KEY", A(43, "", AN + "_-"), None),
 ("bambu_lab_lan_access_code", "BAMBU_ACCESS_CODE", A(8, "", DI), None),
 ("duckdns_token", "DUCKDNS_TOKEN", U, None),
 ("dynu_api_key", "DYNU_API_KEY", A(30, "", AN), ("API-Key", "")),
 ("porkbun_secret_api_key", "PORKBUN_SECRET_API_KEY", lambda r: "sk1_" + rs(r, HEXL, 64), None),
 ("namecheap_api_key", "NAMECHEAP_API_KEY", H(32), None),
 ("godaddy_api_secret", "GODADDY_API_SECRET", A(22, "", AN), None),
 ("desec_token", "DESEC_TOKEN", A(28, "", AN + "-_"), ("Authorization", "Token ")),
 ("hetzner_cloud_api_token", "HCLOUD_TOKEN", A(64, "", AN), ("Authorization", "Bearer ")),
 ("digitalocean_personal_access_token", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + rs(r, HEXL, 64), ("Authorization", "Bearer ")),
 ("linode_personal_access_token", "LINODE_TOKEN", H(64), ("Authorization", "Bearer ")),
 ("vultr_api_key", "VULTR_API_KEY", A(36, "", UP + DI), ("Authorization", "Bearer ")),
 ("netlify_personal_access_token", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + rs(r, AN, 36), ("Authorization", "Bearer ")),
 ("zerotier_central_api_token", "ZEROTIER_CENTRAL_TOKEN", A(32, "", AN), ("Authorization", "token ")),
 ("ngrok_authtoken", "NGROK_AUTHTOKEN", lambda r: "2" + rs(r, AN, 26) + "_" + rs(r, AN, 21), None),
 ("cloudflared_tunnel_token", "TUNNEL_TOKEN", lambda r: b64u(('{"a":"%s","t":"%s","s":"%s"}' % (rs(r, HEXL, 32), uuid4(r), rs(r, AN, 44))).encode()), None),
 ("pagerduty_rest_api_key", "PAGERDUTY_API_KEY", A(20, "u+", AN + "_-"), ("Authorization", "Token token=")),
 ("opsgenie_api_key", "OPSGENIE_API_KEY", U, ("Authorization", "GenieKey ")),
 ("statuspage_api_key", "STATUSPAGE_API_KEY", U, ("Authorization", "OAuth ")),
 ("uptimerobot_main_api_key", "UPTIMEROBOT_API_KEY", lambda r: "u" + rs(r, DI, 7) + "-" + rs(r, HEXL, 24), None),
 ("healthchecks_io_api_key", "HEALTHCHECKS_API_KEY", A(32, "", AN + "_-"), ("X-Api-Key", "")),
 ("cronitor_api_key", "CRONITOR_API_KEY", H(32), None),
 ("zendesk_api_token", "ZENDESK_API_TOKEN", A(40, "", AN), None),
 ("jira_cloud_api_token", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + rs(r, AN + "-_", 170) + "=" + rs(r, HEXL.upper(), 8), None),
 ("help_scout_app_secret", "HELPSCOUT_APP_SECRET", A(32, "", AN), None),
 ("zammad_access_token", "ZAMMAD_TOKEN", A(64, "", AN + "-_"), ("Authorization", "Token token=")),
 ("osticket_api_key", "OSTICKET_API_KEY", HU(32), ("X-API-Key", "")),
 ("front_api_token", "FRONT_API_TOKEN", lambda r: jwt_like(r, {"scopes": ["shared:*"], "iss": "front", "sub": rs(r, HEXL, 20)}), ("Authorization", "Bearer ")),
 ("postmark_server_token", "POSTMARK_SERVER_TOKEN", U, ("X-Postmark-Server-Token", "")),
 ("sparkpost_api_key", "SPARKPOST_API_KEY", H(40), ("Authorization", "")),
 ("mailchimp_marketing_api_key", "MAILCHIMP_API_KEY", lambda r: rs(r, HEXL, 32) + "-us" + str(r.randint(1, 21)), None),
 ("mandrill_api_key", "MANDRILL_API_KEY", A(22, "md-", AN + "_-"), None),
 ("telnyx_api_key", "TELNYX_API_KEY", lambda r: "KEY" + rs(r, HEXL.upper(), 32) + "_" + rs(r, AN, 22), ("Authorization", "Bearer ")),
 ("clicksend_api_key", "CLICKSEND_API_KEY", lambda r: "-".join(rs(r, HEXL.upper(), n) for n in (8, 4, 4, 4, 12)), None),
 ("sinch_service_plan_token", "SINCH_API_TOKEN", H(32), ("Authorization", "Bearer ")),
 ("infobip_api_key", "INFOBIP_API_KEY", lambda r: rs(r, HEXL, 32) + "-" + uuid4(r), ("Authorization", "App ")),
 ("msg91_auth_key", "MSG91_AUTHKEY", A(24, "", AN), ("authkey", "")),
 ("textmagic_api_key", "TEXTMAGIC_API_KEY", A(30, "", AN), ("X-TM-Key", "")),
 ("steam_web_api_key", "STEAM_API_KEY", HU(32), None),
 ("riot_games_api_key", "RIOT_API_KEY", lambda r: "RGAPI-" + uuid4(r), ("X-Riot-Token", "")),
 ("battle_net_client_secret", "BNET_CLIENT_SECRET", A(32, "", AN), None),
 ("twitch_client_secret", "TWITCH_CLIENT_SECRET", A(30, "", LO + DI), None),
 ("twitch_chat_oauth_token", "TWITCH_OAUTH", A(30, "oauth:", LO + DI), None),
 ("discord_webhook_token", "DISCORD_WEBHOOK_TOKEN", A(68, "", AN + "-_"), None),
 ("epic_online_services_client_secret", "EOS_CLIENT_SECRET", A(43, "", AN + "+/"), None),
 ("itch_io_api_key", "ITCHIO_API_KEY", A(40, "", AN), ("Authorization", "Bearer ")),
 ("pterodactyl_client_api_key", "PTERODACTYL_CLIENT_KEY", A(43, "ptlc_", AN), ("Authorization", "Bearer ")),
 ("pterodactyl_application_api_key", "PTERODACTYL_APP_KEY", A(43, "ptla_", AN), ("Authorization", "Bearer ")),
 ("curseforge_core_api_key", "CURSEFORGE_API_KEY", lambda r: "$2a$10$" + rs(r, AN + "./", 53), ("x-api-key", "")),
 ("modrinth_personal_access_token", "MODRINTH_TOKEN", A(36, "mrp_", AN), ("Authorization", "")),
 ("lichess_personal_api_token", "LICHESS_TOKEN", A(16, "lip_", AN), ("Authorization", "Bearer ")),
 ("hypixel_api_key", "HYPIXEL_API_KEY", U, ("API-Key", "")),
 ("bungie_net_api_key", "BUNGIE_API_KEY", H(32), ("X-API-Key", "")),
 ("faceit_server_api_key", "FACEIT_API_KEY", U, ("Authorization", "Bearer ")),
 ("tebex_store_secret_key", "TEBEX_SECRET", H(40), ("X-Tebex-Secret", "")),
 ("nitrado_long_life_token", "NITRADO_TOKEN", A(64, "", AN + "_-"), ("Authorization", "Bearer ")),
 ("osu_oauth_client_secret", "OSU_CLIENT_SECRET", A(40, "", AN), None),
 ("patreon_creator_access_token", "PATREON_CREATOR_TOKEN", A(43, "", AN + "_-"), ("Authorization", "Bearer ")),
 ("streamelements_jwt_token", "STREAMELEMENTS_JWT", lambda r: jwt_like(r, {"citadel": "v1", "channel": rs(r, HEXL, 24), "role": "owner"}), ("Authorization", "Bearer ")),
 ("todoist_api_token", "TODOIST_API_TOKEN", H(40), ("Authorization", "Bearer ")),
 ("toggl_track_api_token", "TOGGL_API_TOKEN", H(32), None),
 ("harvest_personal_access_token", "HARVEST_ACCESS_TOKEN", lambda r: rs(r, DI, 7) + ".pt." + rs(r, AN + "-_", 86), ("Authorization", "Bearer ")),
 ("ynab_personal_access_token", "YNAB_TOKEN", A(43, "", AN + "-_"), ("Authorization", "Bearer ")),
 ("splitwise_api_key", "SPLITWISE_API_KEY", A(40, "", AN), ("Authorization", "Bearer ")),
 ("readwise_access_token", "READWISE_TOKEN", A(50, "", AN), ("Authorization", "Token ")),
 ("raindrop_io_test_token", "RAINDROP_TOKEN", U, ("Authorization", "Bearer ")),
 ("pocket_consumer_key", "POCKET_CONSUMER_KEY", lambda r: rs(r, DI, 6) + "-" + rs(r, HEXL, 24), None),
 ("evernote_developer_token", "EVERNOTE_DEV_TOKEN", lambda r: "S=s%d:U=%x:E=%x:C=%x:P=1cd:A=en-devtoken:V=2:H=%s" % (r.randint(1, 400), r.randint(10**5, 10**7), r.randint(10**11, 10**12), r.randint(10**11, 10**12), rs(r, HEXL, 32)), None),
 ("habitica_api_token", "HABITICA_API_TOKEN", U, ("x-api-key", "")),
 ("rescuetime_api_key", "RESCUETIME_API_KEY", A(40, "B63", AN + "_"), None),
 ("dropbox_short_lived_access_token", "DROPBOX_ACCESS_TOKEN", A(135, "sl.", AN + "-_"), ("Authorization", "Bearer ")),
 ("pcloud_oauth_access_token", "PCLOUD_TOKEN", A(48, "", AN), ("Authorization", "Bearer ")),
 ("wyze_developer_api_key", "WYZE_API_KEY", A(60, "", AN), ("Apikey", "")),
 ("tplink_kasa_cloud_token", "KASA_TOKEN", lambda r: rs(r, HEXL, 8) + "-" + rs(r, AN, 23), None),
 ("onepassword_account_secret_key", "OP_SECRET_KEY", lambda r: "A3-%s-%s-%s-%s-%s" % (rs(r, UP + DI, 6), rs(r, UP + DI, 11), rs(r, UP + DI, 5), rs(r, UP + DI, 5), rs(r, UP + DI, 5)), None),
 ("onepassword_service_account_token", "OP_SERVICE_ACCOUNT_TOKEN", lambda r: "ops_" + base64.b64encode(('{"signInAddress":"my.1password.com","userAuth":{"method":"SRPg-4096","alg":"PBES2g-HS256","iterations":650000,"salt":"%s"},"email":"%s@1passwordserviceaccounts.com","srpX":"%s","muk":{"alg":"A256GCM","ext":true,"k":"%s","key_ops":["encrypt","decrypt"],"kty":"oct","kid":"mp"},"secretKey":"A3-%s","throttleSecret":{"seed":"%s","deviceUuid":"%s"},"deviceUuid":"%s"}' % (rs(r, AN, 22), rs(r, LO + DI, 13), rs(r, HEXL, 64), rs(r, AN + "-_", 43), rs(r, UP + DI, 33), rs(r, HEXL, 64), rs(r, LO + DI, 26), rs(r, LO + DI, 26))).encode()).decode().rstrip("="), ("Authorization", "Bearer ")),
 ("grafana_service_account_token", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + rs(r, AN, 32) + "_" + rs(r, HEXL, 8), ("Authorization", "Bearer ")),
 ("grafana_cloud_access_policy_token", "GRAFANA_CLOUD_TOKEN", lambda r: "glc_" + base64.b64encode(('{"o":"%d","n":"stack-%d-alloy","k":"%s","m":{"r":"prod-eu-west-2"}}' % (r.randint(10**5, 10**6), r.randint(10**5, 10**6), rs(r, AN, 24))).encode()).decode(), ("Authorization", "Bearer ")),
 ("gitlab_runner_authentication_token", "CI_RUNNER_TOKEN", lambda r: "glrt-" + rs(r, AN + "_-", 20), None),
 ("gitlab_pipeline_trigger_token", "GITLAB_TRIGGER_TOKEN", lambda r: "glptt-" + rs(r, HEXL, 40), None),
 ("gitlab_feed_token", "GITLAB_FEED_TOKEN", lambda r: "glft-" + rs(r, AN + "_-", 20), None),
 ("gitlab_oauth_application_secret", "GITLAB_OAUTH_SECRET", lambda r: "gloas-" + rs(r, AN + "_-", 64), None),
 ("gitlab_kubernetes_agent_token", "GITLAB_AGENT_TOKEN", lambda r: "glagent-" + rs(r, AN + "_-", 50), None),
 ("gitlab_scim_oauth_token", "GITLAB_SCIM_TOKEN", lambda r: "glsoat-" + rs(r, AN + "_-", 20), ("Authorization", "Bearer ")),
 ("gitlab_incoming_mail_token", "GITLAB_INCOMING_EMAIL_TOKEN", lambda r: "glimt-" + rs(r, AN + "_-", 25), None),
 ("heroku_platform_api_key_v2", "HEROKU_API_KEY", lambda r: "HRKU-AA" + rs(r, AN + "_-", 58), ("Authorization", "Bearer ")),
 ("octopus_deploy_api_key", "OCTOPUS_API_KEY", lambda r: "API-" + rs(r, UP + DI, 26), ("X-Octopus-ApiKey", "")),
 ("openshift_user_oauth_token", "OPENSHIFT_TOKEN", lambda r: "sha256~" + rs(r, AN + "_-", 43), ("Authorization", "Bearer ")),
 ("postman_api_key", "POSTMAN_API_KEY", lambda r: "PMAK-" + rs(r, HEXL, 24) + "-" + rs(r, HEXL, 34), ("X-Api-Key", "")),
 ("infracost_api_key", "INFRACOST_API_KEY", lambda r: "ico-" + rs(r, AN, 32), ("X-Api-Key", "")),
 ("new_relic_user_api_key", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + rs(r, UP + DI, 27), ("Api-Key", "")),
 ("new_relic_insert_key", "NEW_RELIC_INSERT_KEY", lambda r: "NRII-" + rs(r, AN + "-_", 32), ("X-Insert-Key", "")),
 ("terraform_cloud_user_token", "TFE_TOKEN", lambda r: rs(r, AN, 14) + ".atlasv1." + rs(r, AN, 67), ("Authorization", "Bearer ")),
 ("harness_personal_access_token", "HARNESS_API_KEY", lambda r: "pat." + rs(r, AN + "_-", 22) + "." + rs(r, AN, 24) + "." + rs(r, AN, 20), ("x-api-key", "")),
 ("okta_api_token", "OKTA_API_TOKEN", lambda r: "00" + rs(r, AN + "-_", 40), ("Authorization", "SSWS ")),
 ("lob_live_secret_api_key", "LOB_API_KEY", lambda r: "live_" + rs(r, HEXL, 35), None),
 ("jellyfin_api_key", "JELLYFIN_API_KEY", H(32), ("X-Emby-Token", "")),
 ("plex_auth_token", "PLEX_TOKEN", A(20, "", AN + "_-"), ("X-Plex-Token", "")),
 ("sonarr_api_key", "SONARR_API_KEY", H(32), ("X-Api-Key", "")),
 ("radarr_api_key", "RADARR_API_KEY", H(32), ("X-Api-Key", "")),
 ("sabnzbd_api_key", "SABNZBD_API_KEY", H(32), None),
 ("immich_api_key", "IMMICH_API_KEY", A(43, "", AN), ("x-api-key", "")),
 ("paperless_ngx_api_token", "PAPERLESS_TOKEN", H(40), ("Authorization", "Token ")),
 ("nextcloud_app_password", "NEXTCLOUD_APP_PASSWORD", lambda r: "-".join(rs(r, AN, 5) for _ in range(5)), None),
 ("synology_dsm_api_sid", "SYNO_SID", A(86, "", AN + "-_"), None),
 ("unifi_network_api_key", "UNIFI_API_KEY", A(32, "", AN + "-_"), ("X-API-KEY", "")),
 ("proxmox_ve_api_token_secret", "PVE_TOKEN_SECRET", U, None),
]

SRC = {  # env / source styles
 "gdscript_const_string": lambda v: 'extends Node\n\nconst %s := "⟦0⟧"\n' % v,
 "lua_local_string": lambda v: 'local %s = "⟦0⟧"\nreturn { token = %s }' % (v, v),
 "autohotkey_assign_expression": lambda v: '#Requires AutoHotkey v2.0\n%s := "⟦0⟧"\n' % v,
 "vbscript_const_decl": lambda v: 'Option Explicit\nConst %s = "⟦0⟧"\n' % v,
 "applescript_property_line": lambda v: 'property %s : "⟦0⟧"\non run\n\tlog "ready"\nend run' % v.lower(),
 "cmd_batch_set_quoted": lambda v: '@echo off\nset "%s=⟦0⟧"\ncall sync.cmd' % v,
 "perl_our_scalar": lambda v: "use strict;\nour $%s = '⟦0⟧';\n1;" % v,
 "nsis_define_directive": lambda v: '!define %s "⟦0⟧"\nName "Installer"' % v,
 "fortran_character_parameter": lambda v: "module cfg\n  character(len=*), parameter :: %s = '⟦0⟧'\nend module cfg" % v.lower(),
 "prolog_fact_clause": lambda v: "%% credentials\ncredential(%s, '⟦0⟧')." % v.lower(),
}
HDR = {  # header styles: (header name, scheme) -> template
 "urllib_request_add_header": lambda h, s, v: 'import urllib.request\nreq = urllib.request.Request("https://api.%s.example/v1/status")\nreq.add_header("%s", "%s⟦0⟧")' % (v, h, s),
 "http_client_putheader_call": lambda h, s, v: 'conn = http.client.HTTPSConnection("api.%s.example")\nconn.putrequest("GET", "/v1/status")\nconn.putheader("%s", "%s⟦0⟧")\nconn.endheaders()' % (v, h, s),
 "node_https_request_options": lambda h, s, v: "const req = https.request({ host: 'api.%s.example', path: '/v1/status', headers: { '%s': '%s⟦0⟧' } });" % (v, h, s),
 "unity_webrequest_set_request_header": lambda h, s, v: 'var req = UnityWebRequest.Get("https://api.%s.example/v1/status");\nreq.SetRequestHeader("%s", "%s⟦0⟧");' % (v, h, s),
 "godot_httprequest_headers_array": lambda h, s, v: 'var headers = ["%s: %s⟦0⟧"]\n$HTTPRequest.request("https://api.%s.example/v1/status", headers)' % (h, s, v),
 "qt_qnetworkrequest_set_raw_header": lambda h, s, v: 'QNetworkRequest req(QUrl("https://api.%s.example/v1/status"));\nreq.setRawHeader("%s", "%s⟦0⟧");' % (v, h, s),
 "libcurl_slist_append_header": lambda h, s, v: 'struct curl_slist *hs = NULL;\nhs = curl_slist_append(hs, "%s: %s⟦0⟧");\ncurl_easy_setopt(c, CURLOPT_URL, "https://api.%s.example/v1/status");' % (h, s, v),
 "wget_header_option_cmd": lambda h, s, v: "$ wget -qO- --header='%s: %s⟦0⟧' https://api.%s.example/v1/status" % (h, s, v),
 "arduino_httpclient_add_header": lambda h, s, v: 'HTTPClient http;\nhttp.begin("https://api.%s.example/v1/status");\nhttp.addHeader("%s", "%s⟦0⟧");\nint code = http.GET();' % (v, h, s),
 "esp_http_client_set_header": lambda h, s, v: 'esp_http_client_handle_t client = esp_http_client_init(&config);\nesp_http_client_set_header(client, "%s", "%s⟦0⟧");' % (h, s),
}
STYLES = sorted(SRC) + sorted(HDR)


def build():
    r = random.Random(33002)
    recs = []
    si = hi = 0
    src, hdr = sorted(SRC), sorted(HDR)
    for i, (t, var, shape, header) in enumerate(VT):
        val = shape(r)
        vend = t.split("_")[0]
        if header and i % 2 == 0:
            st = hdr[hi % len(hdr)]; hi += 1
            tpl = HDR[st](header[0], header[1], vend)
        else:
            st = src[si % len(src)]; si += 1
            tpl = SRC[st](var)
        text, spans = assemble(tpl, [(val, t)])
        recs.append({"type": t, "container": t + "__" + st, "text": text, "secrets": spans, "source": "vendor"})
    return recs
