import random, base64, hashlib
from common87 import *

def hx(n): return lambda r: rs(r, HEXL, n)
def an(n): return lambda r: rs(r, ALNUM, n)
def la(n): return lambda r: rs(r, LOWER_ALNUM, n)
def ua(n): return lambda r: rs(r, UPPER_ALNUM, n)
def pre(p, alph, n): return lambda r: p + rs(r, alph, n)
def uu(r): return uuid4(r)
def jwt(claims):
    def g(r):
        return b64json({"alg": "HS256", "typ": "JWT"}) + "." + b64json(dict(claims, iat=1700000000 + r.randrange(10**7), jti=rs(r, LOWER_ALNUM, 12))) + "." + b64(r, 32, url=True, pad=False)
    return g
def grp(n, k, alph, sep="-"):
    return lambda r: sep.join(rs(r, alph, k) for _ in range(n))
def wg(r): return b64(r, 32)
def age(r): return bech32_encode("age-secret-key-", bytes(r.randrange(256) for _ in range(32))).upper()
def nsec(r): return bech32_encode("nsec", bytes(r.randrange(256) for _ in range(32)))
def bwsm(r): return "0." + uuid4(r) + "." + rs(r, ALNUM, 30) + ":" + b64(r, 16)
def ts(kind): return lambda r: "tskey-%s-k%s%sCNTRL-%s" % (kind, rs(r, ALNUM, 10), "", rs(r, ALNUM, 33))
def cf_tunnel(r):
    import json
    return base64.b64encode(json.dumps({"a": rs(r, HEXL, 32), "t": uuid4(r), "s": b64(r, 32)}, separators=(",", ":")).encode()).decode()
def paper(r):
    words = ["absorb", "bamboo", "canyon", "dolphin", "ember", "fossil", "glacier", "harbor", "island", "jasmine", "kettle", "lantern",
             "meadow", "nectar", "orchid", "pebble", "quartz", "ripple", "saddle", "timber", "umbrella", "velvet", "walnut", "yonder", "zephyr"]
    return " ".join(r.choice(words) for _ in range(13))
def mullvad(r): return "".join(r.choice("0123456789") for _ in range(16))
def sgp(r): return "sgp_" + rs(r, HEXL, 16) + "_" + rs(r, HEXL, 40)
def jenkins(r): return "11" + rs(r, HEXL, 32)
def rancher(r): return "token-" + rs(r, LOWER_ALNUM, 5) + ":" + rs(r, LOWER_ALNUM, 54)
def nextcloud_app(r): return "-".join(rs(r, ALNUM, 5) for _ in range(5))
def trello(r): return "ATTA" + rs(r, HEXL, 64) + rs(r, HEXL.upper(), 8)
def pocket(r): return "%05d-%s" % (r.randrange(10**5), rs(r, HEXL, 24))
def azure_storage(r): return b64(r, 64)
def azdo(r): return rs(r, "abcdefghijklmnopqrstuvwxyz234567", 52)
def twitter(r): return "AAAAAAAAAAAAAAAAAAAAA" + rs(r, ALNUM, 20) + "%3D" + rs(r, ALNUM, 50)
def slack_hook(r): return "T%s/B%s/%s" % (rs(r, UPPER_ALNUM, 10), rs(r, UPPER_ALNUM, 10), rs(r, ALNUM, 24))
def discord_hook(r): return "%d/%s" % (r.randrange(10**17, 10**18), rs(r, ALNUM + "-_", 68))
def vault(p, n): return lambda r: p + rs(r, B64URL, n)
def plex(r): return rs(r, ALNUM + "-_", 20)
def k8s_boot(r): return rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 6) + "." + rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 16)
def glc(r):
    import json
    payload = {"o": str(r.randrange(10**6)), "n": "stack-%d-hm-read-dotfiles" % r.randrange(10**6), "k": rs(r, ALNUM, 24), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
def sntrys(r):
    import json
    payload = {"iat": 1700000000 + r.randrange(10**7), "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "%s-home" % r.choice(USERS)}
    return "sntrys_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=") + "_" + rs(r, ALNUM + "+/", 43)
def doppler_st(r): return "dp.st.dev_laptop." + rs(r, ALNUM, 40)
def op_sa(r):
    import json
    return "ops_" + base64.b64encode(json.dumps({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": rs(r, B64URL, 22)}, "email": rs(r, LOWER_ALNUM, 13) + "@1passwordserviceaccounts.com", "srpX": rs(r, HEXL, 64), "muk": {"alg": "A256GCM", "ext": True, "k": rs(r, B64URL, 43), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rs(r, UPPER_ALNUM, 6) + "-" + rs(r, UPPER_ALNUM, 6), "throttleSecret": {"seed": rs(r, HEXL, 64), "uuid": rs(r, UPPER_ALNUM, 26)}, "deviceUuid": rs(r, LOWER_ALNUM, 26)}, separators=(",", ":")).encode()).decode().rstrip("=")
def ha_token(r):
    return b64json({"alg": "HS256", "typ": "JWT"}) + "." + b64json({"iss": rs(r, HEXL, 32), "iat": 1700000000 + r.randrange(10**7), "exp": 2015000000 + r.randrange(10**7)}) + "." + b64(r, 32, url=True, pad=False)
def xoxp(r): return "xoxp-%d-%d-%d-%s" % (r.randrange(10**11, 10**12), r.randrange(10**11, 10**12), r.randrange(10**12, 10**13), rs(r, HEXL, 32))
def xapp(r): return "xapp-1-A%s-%d-%s" % (rs(r, UPPER_ALNUM, 10), r.randrange(10**12, 10**13), rs(r, HEXL, 64))

VENDORS = [
 ("onepassword_service_account_token", "OP_SERVICE_ACCOUNT_TOKEN", op_sa),
 ("onepassword_connect_server_token", "OP_CONNECT_TOKEN", jwt({"aud": ["home-connect"], "sub": "connect", "iss": "com.1password.b5"})),
 ("bitwarden_secrets_manager_access_token", "BWS_ACCESS_TOKEN", bwsm),
 ("bitwarden_personal_api_client_secret", "BW_CLIENTSECRET", an(30)),
 ("doppler_cli_personal_token", "DOPPLER_TOKEN", pre("dp.pt.", ALNUM, 43)),
 ("doppler_config_service_token", "DOPPLER_SERVICE_TOKEN", doppler_st),
 ("infisical_universal_auth_client_secret", "INFISICAL_CLIENT_SECRET", hx(64)),
 ("tailscale_node_auth_key", "TS_AUTHKEY", ts("auth")),
 ("tailscale_admin_api_access_token", "TAILSCALE_API_KEY", ts("api")),
 ("github_cli_oauth_token", "GH_TOKEN", lambda r: github_style(r, "gho_")),
 ("github_app_user_to_server_token", "GH_APP_USER_TOKEN", lambda r: github_style(r, "ghu_")),
 ("github_app_refresh_token", "GH_REFRESH_TOKEN", lambda r: "ghr_" + rs(r, ALNUM, 76)),
 ("homebrew_github_api_token", "HOMEBREW_GITHUB_API_TOKEN", lambda r: github_style(r, "ghp_")),
 ("gitlab_runner_authentication_token", "GITLAB_RUNNER_TOKEN", pre("glrt-", ALNUM + "-_", 20)),
 ("gitlab_feed_token", "GITLAB_FEED_TOKEN", pre("glft-", ALNUM + "-_", 20)),
 ("gitea_personal_access_token", "GITEA_TOKEN", hx(40)),
 ("codeberg_forgejo_access_token", "CODEBERG_TOKEN", hx(40)),
 ("sourcehut_personal_oauth_token", "SRHT_TOKEN", lambda r: b64(r, 66)),
 ("flyio_org_deploy_token", "FLY_API_TOKEN", lambda r: "FlyV1 fm2_" + rs(r, B64, 120)),
 ("heroku_cli_api_key", "HEROKU_API_KEY", lambda r: "HRKU-AA" + rs(r, ALNUM + "_-", 58)),
 ("digitalocean_doctl_personal_token", "DIGITALOCEAN_ACCESS_TOKEN", pre("dop_v1_", HEXL, 64)),
 ("digitalocean_oauth_token", "DO_OAUTH_TOKEN", pre("doo_v1_", HEXL, 64)),
 ("linode_cli_personal_token", "LINODE_CLI_TOKEN", hx(64)),
 ("vultr_account_api_key", "VULTR_API_KEY", ua(36)),
 ("hetzner_cloud_project_token", "HCLOUD_TOKEN", an(64)),
 ("cloudflare_scoped_api_token", "CLOUDFLARE_API_TOKEN", lambda r: rs(r, ALNUM + "_-", 40)),
 ("cloudflare_global_api_key", "CLOUDFLARE_API_KEY", hx(37)),
 ("cloudflare_tunnel_run_token", "TUNNEL_TOKEN", cf_tunnel),
 ("vercel_cli_personal_token", "VERCEL_TOKEN", an(24)),
 ("render_api_key", "RENDER_API_KEY", pre("rnd_", ALNUM, 32)),
 ("railway_account_token", "RAILWAY_TOKEN", uu),
 ("supabase_cli_access_token", "SUPABASE_ACCESS_TOKEN", pre("sbp_", HEXL, 40)),
 ("planetscale_service_token", "PLANETSCALE_SERVICE_TOKEN", pre("pscale_tkn_", ALNUM + "_", 43)),
 ("neon_console_api_key", "NEON_API_KEY", la(64)),
 ("turso_database_auth_token", "TURSO_AUTH_TOKEN", jwt({"a": "rw", "id": "home-notes-db"})),
 ("grafana_cloud_access_policy_token", "GRAFANA_CLOUD_TOKEN", glc),
 ("grafana_service_account_token", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEXL, 8)),
 ("sentry_user_auth_token", "SENTRY_AUTH_TOKEN", pre("sntryu_", HEXL, 64)),
 ("sentry_org_auth_token", "SENTRY_ORG_TOKEN", sntrys),
 ("new_relic_user_api_key", "NEW_RELIC_API_KEY", pre("NRAK-", UPPER_ALNUM, 27)),
 ("datadog_application_key", "DD_APP_KEY", hx(40)),
 ("honeycomb_ingest_key", "HONEYCOMB_API_KEY", lambda r: "hcaik_01" + rs(r, LOWER_ALNUM, 56)),
 ("pagerduty_user_api_token", "PAGERDUTY_TOKEN", pre("u+", ALNUM + "-_", 18)),
 ("age_identity_secret_key", "SOPS_AGE_KEY", age),
 ("nostr_nsec_private_key", "NOSTR_NSEC", nsec),
 ("wireguard_interface_private_key", "WG_PRIVATE_KEY", wg),
 ("syncthing_gui_rest_api_key", "SYNCTHING_API_KEY", an(32)),
 ("nextcloud_desktop_app_password", "NEXTCLOUD_APP_PASSWORD", nextcloud_app),
 ("fastmail_jmap_api_token", "FASTMAIL_TOKEN", lambda r: "fmu1-" + rs(r, HEXL, 8) + "-" + rs(r, HEXL, 32) + "-0-" + rs(r, HEXL, 32)),
 ("proton_mail_bridge_password", "PROTON_BRIDGE_PASSWORD", lambda r: rs(r, ALNUM + "-_", 22)),
 ("icloud_app_specific_password", "ICLOUD_APP_PASSWORD", grp(4, 4, "abcdefghijklmnopqrstuvwxyz")),
 ("yahoo_mail_app_password", "YAHOO_APP_PASSWORD", lambda r: rs(r, "abcdefghijklmnopqrstuvwxyz", 16)),
 ("outlook_com_app_password", "OUTLOOK_APP_PASSWORD", lambda r: rs(r, "abcdefghijklmnopqrstuvwxyz", 16)),
 ("migadu_mailbox_password", "MIGADU_MAILBOX_PASSWORD", owner_password),
 ("spotify_web_api_client_secret", "SPOTIFY_CLIENT_SECRET", hx(32)),
 ("lastfm_api_shared_secret", "LASTFM_SECRET", hx(32)),
 ("discord_channel_webhook_token", "DISCORD_WEBHOOK", lambda r: "https://discord.com/api/webhooks/" + discord_hook(r)),
 ("slack_incoming_webhook_url", "SLACK_WEBHOOK_URL", lambda r: "https://hooks.slack.com/services/" + slack_hook(r)),
 ("slack_user_oauth_token", "SLACK_USER_TOKEN", xoxp),
 ("slack_app_level_token", "SLACK_APP_TOKEN", xapp),
 ("pushover_application_token", "PUSHOVER_APP_TOKEN", lambda r: "a" + rs(r, LOWER_ALNUM, 29)),
 ("pushbullet_access_token", "PUSHBULLET_TOKEN", pre("o.", ALNUM, 32)),
 ("ntfy_access_token", "NTFY_TOKEN", pre("tk_", LOWER_ALNUM, 29)),
 ("gotify_application_token", "GOTIFY_TOKEN", lambda r: "A" + rs(r, ALNUM + "._-", 14)),
 ("keybase_paper_key", "KEYBASE_PAPERKEY", paper),
 ("backblaze_b2_application_key", "B2_APPLICATION_KEY", pre("K005", ALNUM + "+/", 27)),
 ("wasabi_secret_access_key", "WASABI_SECRET_KEY", lambda r: rs(r, UPPER_ALNUM, 40)),
 ("kopia_repository_password", "KOPIA_PASSWORD", owner_password),
 ("duplicati_backup_passphrase", "DUPLICATI_PASSPHRASE", owner_password),
 ("rsync_net_account_password", "RSYNC_NET_PASSWORD", owner_password),
 ("tarsnap_key_file_body", "TARSNAP_KEY_B64", lambda r: b64(r, 96)),
 ("quay_robot_account_token", "QUAY_ROBOT_TOKEN", ua(64)),
 ("cachix_auth_token", "CACHIX_AUTH_TOKEN", jwt({"jti": "x", "sub": "cachix-user"})),
 ("nix_conf_github_access_token", "NIX_GITHUB_TOKEN", lambda r: "github_pat_11" + rs(r, UPPER_ALNUM, 20) + "_" + rs(r, ALNUM, 59)),
 ("atuin_sync_encryption_key", "ATUIN_KEY", lambda r: b64(r, 32)),
 ("atuin_sync_session_token", "ATUIN_SESSION", an(32)),
 ("todoist_api_token", "TODOIST_API_TOKEN", hx(40)),
 ("trello_user_api_token", "TRELLO_TOKEN", trello),
 ("zotero_web_api_key", "ZOTERO_API_KEY", an(24)),
 ("readwise_access_token", "READWISE_TOKEN", an(50)),
 ("pocket_consumer_key", "POCKET_CONSUMER_KEY", pocket),
 ("mastodon_app_access_token", "MASTODON_TOKEN", lambda r: rs(r, ALNUM + "-_", 43)),
 ("bluesky_app_password", "BSKY_APP_PASSWORD", grp(4, 4, "abcdefghijklmnopqrstuvwxyz234567")),
 ("reddit_script_app_client_secret", "REDDIT_CLIENT_SECRET", lambda r: rs(r, ALNUM + "-_", 30)),
 ("x_twitter_app_bearer_token", "TWITTER_BEARER_TOKEN", twitter),
 ("google_cloud_api_key", "GOOGLE_API_KEY", pre("AIza", ALNUM + "-_", 35)),
 ("google_oauth_desktop_client_secret", "GOOGLE_CLIENT_SECRET", pre("GOCSPX-", ALNUM + "-_", 28)),
 ("azure_devops_personal_access_token", "AZURE_DEVOPS_EXT_PAT", azdo),
 ("azure_storage_account_access_key", "AZURE_STORAGE_KEY", azure_storage),
 ("sourcegraph_cody_access_token", "SRC_ACCESS_TOKEN", sgp),
 ("codeium_editor_api_key", "CODEIUM_API_KEY", uu),
 ("wakatime_api_key", "WAKATIME_API_KEY", lambda r: "waka_" + uuid4(r)),
 ("shodan_api_key", "SHODAN_API_KEY", an(32)),
 ("virustotal_api_key", "VT_API_KEY", hx(64)),
 ("hibp_api_key", "HIBP_API_KEY", hx(32)),
 ("jenkins_user_api_token", "JENKINS_API_TOKEN", jenkins),
 ("hashicorp_vault_service_token", "VAULT_TOKEN", vault("hvs.", 92)),
 ("hashicorp_vault_batch_token", "VAULT_BATCH_TOKEN", vault("hvb.", 138)),
 ("consul_acl_secret_id", "CONSUL_HTTP_TOKEN", uu),
 ("nomad_acl_secret_id", "NOMAD_TOKEN", uu),
 ("kubeadm_bootstrap_token", "KUBEADM_TOKEN", k8s_boot),
 ("rancher_api_bearer_token", "RANCHER_TOKEN", rancher),
 ("openshift_oauth_access_token", "OC_TOKEN", pre("sha256~", B64URL, 43)),
 ("harbor_robot_account_secret", "HARBOR_ROBOT_SECRET", an(32)),
 ("zulip_bot_api_key", "ZULIP_API_KEY", an(32)),
 ("mattermost_personal_access_token", "MM_ACCESS_TOKEN", la(26)),
 ("rocket_chat_personal_access_token", "ROCKETCHAT_TOKEN", lambda r: rs(r, ALNUM + "-_", 43)),
 ("steam_web_api_key", "STEAM_API_KEY", lambda r: rs(r, "0123456789ABCDEF", 32)),
 ("plex_media_server_token", "PLEX_TOKEN", plex),
 ("jellyfin_server_api_key", "JELLYFIN_API_KEY", hx(32)),
 ("home_assistant_long_lived_token", "HASS_TOKEN", ha_token),
 ("philips_hue_bridge_username", "HUE_USERNAME", an(40)),
 ("octoprint_application_key", "OCTOPRINT_API_KEY", lambda r: rs(r, ALNUM + "-_", 43)),
 ("zerotier_central_api_token", "ZEROTIER_TOKEN", an(32)),
 ("duckdns_account_token", "DUCKDNS_TOKEN", uu),
 ("mullvad_vpn_account_number", "MULLVAD_ACCOUNT", mullvad),
 ("nordvpn_access_token", "NORDVPN_TOKEN", hx(64)),
 ("expressvpn_activation_code", "EXPRESSVPN_CODE", ua(23)),
 ("protonvpn_openvpn_password", "PROTONVPN_OVPN_PASSWORD", an(32)),
 ("obsidian_livesync_couchdb_password", "LIVESYNC_COUCHDB_PASSWORD", owner_password),
 ("raycast_extension_api_token", "RAYCAST_TOKEN", hx(48)),
 ("anki_ankiweb_sync_key", "ANKI_SYNC_HKEY", an(16)),
 ("openrouter_api_key", "OPENROUTER_API_KEY", pre("sk-or-v1-", HEXL, 64)),
 ("deepseek_platform_api_key", "DEEPSEEK_API_KEY", pre("sk-", HEXL, 32)),
 ("xai_grok_api_key", "XAI_API_KEY", pre("xai-", ALNUM, 80)),
]

def _j(k, v): return '"%s": "%s"' % (k, v)
STYLES = [
 ("zshenv_export_with_comment", lambda r, env, t: "# %s (added while setting up the laptop)\nexport %s=\"%s\"\n" % (t.replace("_", " "), env, M)),
 ("fish_universal_variable_file", lambda r, env, t: "# This file contains fish universal variable definitions.\n# VERSION: 3.0\nSETUVAR %s:%s\nSETUVAR fish_greeting:\\x1d\n" % (env, M)),
 ("systemd_user_credential_env_file", lambda r, env, t: "# ~/.config/%s.env  (EnvironmentFile= of a user unit)\n%s=%s\n" % (t.split("_")[0], env, M)),
 ("launchctl_setenv_history_line", lambda r, env, t: "$ launchctl setenv %s %s\n$ launchctl getenv PATH\n" % (env, M)),
 ("dotfiles_secrets_yaml_sops_unencrypted", lambda r, env, t: "# secrets.yaml (forgot to run sops -e)\n%s:\n  %s: \"%s\"\n" % (t.split("_")[0], env.lower(), M)),
 ("vscode_launch_json_env_member", lambda r, env, t: "{\n  \"version\": \"0.2.0\",\n  \"configurations\": [{\n    \"name\": \"local\",\n    \"env\": { %s }\n  }]\n}\n" % _j(env, M)),
 ("keepassxc_entry_attribute_show", lambda r, env, t: "$ keepassxc-cli show -s -a %s ~/Vault.kdbx dev/%s\n%s\n" % (env, t, M)),
 ("pass_otp_style_entry_field", lambda r, env, t: "$ pass show api/%s\n%s: %s\nurl: https://%s\n" % (t, env.lower(), M, r.choice(HOSTS))),
 ("docker_desktop_compose_override_env", lambda r, env, t: "# ~/dev/compose.override.yml\nservices:\n  app:\n    environment:\n      %s: \"%s\"\n" % (env, M)),
 ("gnome_secret_tool_lookup_output", lambda r, env, t: "$ secret-tool lookup service %s attr %s\n%s\n" % (t, env.lower(), M)),
 ("macos_keychain_find_generic_password_output", lambda r, env, t: "$ security find-generic-password -s %s -w\n%s\n" % (env.lower(), M)),
 ("personal_wiki_tools_page_table_row", lambda r, env, t: "| tool | variable | value |\n|---|---|---|\n| %s | `%s` | `%s` |\n" % (t.split("_")[0], env, M)),
]

def generate(seed=8702):
    r = random.Random(seed)
    out = []
    for i, (typ, env, g) in enumerate(VENDORS):
        sname, fn = STYLES[i % len(STYLES)]
        v = g(r)
        text, s, e = place(fn(r, env, typ), v)
        out.append(dict(type=typ, container="%s__%s" % (typ, sname), text=text, secrets=[dict(value=v, start=s, end=e, type=typ)], source="vendor"))
    return out
