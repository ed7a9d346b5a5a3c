"""Vendor source: 120 vendor credential types used by board-game cafe, tabletop store and
LAN-party developers, each in a style of its own (container `<type>__<style>`)."""
import json
import random

from common201 import (ALNUM, B64STD, B64URL, DIGITS, HEXL, HEXU, LALNUM, LOWER, UALNUM, UPPER, b64,
                       b64url_nopad, fill, jwt_hmac, jwt_rs_shaped, keyname, owner_password, positive,
                       rbytes, rstr, uuid4, words_of)

SEED = 20102


def S(*parts):
    def gen(rng):
        out = []
        for p in parts:
            if isinstance(p, str):
                out.append(p)
            elif callable(p):
                out.append(p(rng))
            else:
                out.append(rstr(rng, p[0], p[1]))
        return "".join(out)
    return gen


U4 = lambda rng: uuid4(rng)
U4U = lambda rng: uuid4(rng, upper=True)
OWNER = lambda rng: owner_password(rng)


def wg_key(rng):
    k = bytearray(rbytes(rng, 32))
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    return b64(bytes(k))


def cf_tunnel(rng):
    j = {"a": rstr(rng, HEXL, 32), "t": uuid4(rng), "s": b64(rbytes(rng, 32))}
    return b64(json.dumps(j, separators=(",", ":")).encode())


def op_service_account(rng):
    j = {"signInAddress": "my.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
         "iterations": 650000, "salt": b64url_nopad(rbytes(rng, 16))},
         "email": "%s@%s.1passwordserviceaccounts.eu" % (rstr(rng, LOWER, 13), rstr(rng, LOWER, 8)),
         "srpX": rstr(rng, HEXL, 64), "muk": {"alg": "A256GCM", "ext": False, "k": b64url_nopad(rbytes(rng, 32)),
         "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
         "secretKey": "A3-%s-%s-%s-%s-%s" % (rstr(rng, UALNUM, 6), rstr(rng, UALNUM, 11), rstr(rng, UALNUM, 5),
                                              rstr(rng, UALNUM, 5), rstr(rng, UALNUM, 5)),
         "throttleSecret": {"seed": rstr(rng, HEXL, 64), "uuid": uuid4(rng)}, "deviceUuid": rstr(rng, LALNUM, 26)}
    return "ops_" + b64(json.dumps(j, separators=(",", ":")).encode())


def sentry_org(rng):
    org = rng.choice(["meeple-hall", "fraglan", "hex-and-pint", "crit-box"])
    j = {"iat": 1750000000 + rng.randint(0, 20000000), "url": "https://sentry.io",
         "region_url": "https://de.sentry.io", "org": org}
    return "sntrys_" + b64(json.dumps(j, separators=(",", ":")).encode()).rstrip("=") + "_" + rstr(rng, B64STD, 43)


def matrix_token(rng):
    user = rng.choice(["lanbot", "opbot", "tablesbot", "stampbot"]) + str(rng.randint(1, 99))
    return "syt_" + b64url_nopad(user.encode()) + "_" + rstr(rng, ALNUM, 20) + "_" + rstr(rng, ALNUM, 6)


def mapbox_sk(rng):
    j = {"u": rng.choice(["meeplehall", "fraglan-maps", "hexandpint"]), "a": rstr(rng, LALNUM, 25)}
    return "sk." + b64url_nopad(json.dumps(j, separators=(",", ":")).encode()) + "." + rstr(rng, B64URL, 22)


def snipe_it(rng):
    payload = {"aud": "1", "jti": rstr(rng, HEXL, 80), "iat": 1750000000 + rng.randint(0, 9000000),
               "nbf": 1750000000, "exp": 1800000000 + rng.randint(0, 9000000), "sub": str(rng.randint(2, 40)), "scopes": []}
    return jwt_rs_shaped(rng, "RS256", payload, 512)


def mailerlite(rng):
    payload = {"aud": "4", "jti": rstr(rng, HEXL, 80), "iat": 1750000000 + rng.randint(0, 9000000),
               "sub": str(rng.randint(100000, 999999)), "scopes": []}
    return jwt_rs_shaped(rng, "RS256", payload, 512)


def monday(rng):
    payload = {"tid": rng.randint(100000000, 999999999), "aai": 11, "uid": rng.randint(10000000, 99999999),
               "iad": "2025-03-0%dT10:00:00.000Z" % rng.randint(1, 9), "per": "me:write", "actid": rng.randint(1000000, 9999999),
               "rgn": "euc1"}
    return jwt_hmac(rng, "HS256", payload)


def atlassian(rng):
    return "ATATT3xFfGF0" + rstr(rng, B64URL, 180) + "=" + rstr(rng, HEXU, 8)


def bitbucket_rat(rng):
    return "ATCTT3xFfGN0" + rstr(rng, B64URL, 180) + "=" + rstr(rng, HEXU, 8)


def pypi(rng):
    return "pypi-AgEIcHlwaS5vcmc" + b64url_nopad(rbytes(rng, 120))


def entra(rng):
    return rstr(rng, ALNUM, 3) + rstr(rng, DIGITS, 1) + "Q~" + rstr(rng, ALNUM + "_~.-", 34)


# name, secret generator, shape text, confidence, neighbour (words, generator) or None
V = [
    # --- trading-card marketplaces, store platforms and POS
    ("tcgplayer_api_private_key", U4, "UUIDv4", "believed", (["tcgplayer", "public", "key"], U4)),
    ("cardmarket_mkm_app_secret", S((ALNUM, 32)), "32 alphanumerics", "believed", (["cardmarket", "app", "token"], S((ALNUM, 16)))),
    ("cardmarket_access_token_secret", S((ALNUM, 32)), "32 alphanumerics", "believed", (["cardmarket", "access", "token"], S((ALNUM, 32)))),
    ("pokemon_tcg_io_api_key", U4, "UUIDv4", "believed", None),
    ("crystal_commerce_api_key", S((HEXL, 40)), "40 lower-case hex", "guessed", None),
    ("binderpos_store_api_token", S((ALNUM, 32)), "32 alphanumerics", "guessed", None),
    ("ebay_production_cert_id", S("PRD-", (HEXL, 12), "-", (HEXL, 4), "-", (HEXL, 4), "-", (HEXL, 4), "-", (HEXL, 4)),
     "`PRD-` + 12 hex + four groups of 4 hex", "believed", (["ebay", "app", "id"], S("MeepleHa-Singles-PRD-", (HEXL, 9), "-", (HEXL, 8)))),
    ("etsy_open_api_shared_secret", S((LALNUM, 10)), "10 lower-case alphanumerics", "believed", (["etsy", "keystring"], S((LALNUM, 24)))),
    ("lightspeed_retail_client_secret", S((HEXL, 40)), "40 lower-case hex", "guessed", (["lightspeed", "client", "id"], S((HEXL, 32)))),
    ("square_pos_production_access_token", S("EAAA", (B64URL, 60)), "`EAAA` + 60 base64url", "read", (["square", "location", "id"], S("L", (UALNUM, 12)))),
    ("clover_merchant_api_token", U4, "UUIDv4", "believed", (["clover", "merchant", "id"], S((UALNUM, 13)))),
    ("shopify_app_shared_secret", S("shpss_", (HEXL, 32)), "`shpss_` + 32 lower-case hex", "read", (["shopify", "api", "key"], S((HEXL, 32)))),
    ("shopify_custom_app_access_token", S("shpca_", (HEXL, 32)), "`shpca_` + 32 lower-case hex", "read", None),
    ("woocommerce_rest_consumer_secret", S("cs_", (HEXL, 40)), "`cs_` + 40 lower-case hex", "believed", (["woocommerce", "consumer", "key"], S("ck_", (HEXL, 40)))),
    ("bigcommerce_store_api_token", S((LALNUM, 31)), "31 lower-case alphanumerics", "guessed", (["bigcommerce", "store", "hash"], S((LALNUM, 10)))),
    ("stripe_restricted_live_key", S("rk_live_51", (ALNUM, 97)), "`rk_live_51` + 97 alphanumerics", "read", None),
    ("paypal_rest_client_secret", S("E", (B64URL, 79)), "`E` + 79 base64url", "believed", (["paypal", "client", "id"], S("A", (B64URL, 79)))),
    ("mollie_live_api_key", S("live_", (ALNUM, 30)), "`live_` + 30 alphanumerics", "believed", None),
    ("adyen_checkout_api_key", S("AQE", (B64STD, 70), "==-", (B64STD, 43), "="), "`AQE` + 70 Base64 + `==-` + 43 Base64 + `=`", "guessed", (["adyen", "merchant", "account"], S("MeepleHallECOM"))),
    ("braintree_private_key", S((HEXL, 32)), "32 lower-case hex", "believed", (["braintree", "public", "key"], S((LALNUM, 16)))),
    ("loyverse_api_access_token", S((HEXL, 32)), "32 lower-case hex", "guessed", None),
    # --- events, badges, tournaments, organised play
    ("tito_admin_api_token", S("secret_live_", (ALNUM, 24)), "`secret_live_` + 24 alphanumerics", "guessed", None),
    ("eventbrite_private_oauth_token", S((UALNUM, 20)), "20 upper-case alphanumerics", "believed", None),
    ("sched_conference_api_key", S((HEXL, 32)), "32 lower-case hex", "guessed", None),
    ("challonge_api_v1_key", S((ALNUM, 40)), "40 alphanumerics", "believed", (["challonge", "username"], S("meeplehall_op"))),
    ("startgg_developer_token", S((HEXL, 32)), "32 lower-case hex", "believed", None),
    ("toornament_oauth_client_secret", S((LALNUM, 50)), "50 lower-case alphanumerics", "guessed", (["toornament", "client", "id"], S((LALNUM, 12), "_", (LALNUM, 38)))),
    ("boardgamegeek_xml_api_bearer_token", U4, "UUIDv4", "guessed", None),
    # --- game platforms and game servers
    ("steam_web_api_key", S((HEXU, 32)), "32 upper-case hex", "believed", None),
    ("steam_game_server_login_token", S((HEXU, 32)), "32 upper-case hex (same shape as the Web API key)", "believed", None),
    ("riot_games_development_api_key", S("RGAPI-", U4), "`RGAPI-` + UUIDv4", "believed", None),
    ("faceit_server_side_api_key", U4, "UUIDv4", "believed", None),
    ("battlenet_oauth_client_secret", S((ALNUM, 32)), "32 alphanumerics", "believed", (["battlenet", "client", "id"], S((HEXL, 32)))),
    ("epic_online_services_client_secret", S((B64URL, 43)), "43 base64url", "guessed", (["eos", "client", "id"], S("xyza7891", (ALNUM, 24)))),
    ("playfab_title_secret_key", S((UALNUM, 52)), "52 upper-case alphanumerics", "guessed", (["playfab", "title", "id"], S((HEXU, 5)))),
    ("twitch_broadcast_stream_key", S("live_", (DIGITS, 9), "_", (ALNUM, 30)), "`live_` + 9 digits + `_` + 30 alphanumerics", "believed", None),
    ("discord_bot_oauth_client_secret", S((B64URL, 32)), "32 base64url", "read", (["discord", "client", "id"], S("1", (DIGITS, 17)))),
    ("discord_channel_webhook_url", S("https://discord.com/api/webhooks/1", (DIGITS, 18), "/", (B64URL, 68)), "whole `discord.com/api/webhooks/<19 digits>/<68 base64url>` URL (the URL is the credential)", "believed", None),
    ("pterodactyl_client_api_key", S("ptlc_", (ALNUM, 43)), "`ptlc_` + 43 alphanumerics", "believed", None),
    ("pterodactyl_wings_node_token", S((ALNUM, 64)), "64 alphanumerics", "guessed", (["wings", "token", "id"], S((ALNUM, 16)))),
    ("nitrado_long_life_token", S((B64URL, 100)), "100 base64url", "guessed", None),
    ("teamspeak_serverquery_admin_secret", S((ALNUM, 8)), "8 alphanumerics (generated by the server on first start)", "believed", None),
    ("minecraft_server_rcon_password", OWNER, "owner-chosen", "owner", None),
    ("cs2_dedicated_rcon_password", OWNER, "owner-chosen", "owner", None),
    ("mumble_murmur_superuser_password", OWNER, "owner-chosen", "owner", None),
    ("unifi_network_admin_password", OWNER, "owner-chosen (the admin user next to it is public)", "owner", (["unifi", "admin", "user"], S("lanadmin"))),
    ("factorio_multiplayer_game_password", OWNER, "owner-chosen", "owner", None),
    # --- LAN, network and remote access
    ("opnsense_api_secret", S((B64STD, 80)), "80 Base64-alphabet characters", "believed", (["opnsense", "api", "key"], S((B64STD, 80)))),
    ("zerotier_central_api_token", S((ALNUM, 32)), "32 alphanumerics", "believed", (["zerotier", "network", "id"], S((HEXL, 16)))),
    ("tailscale_preauth_key", S("tskey-auth-k", (ALNUM, 10), "CNTRL-", (ALNUM, 33)), "`tskey-auth-k` + 10 + `CNTRL-` + 33 alphanumerics", "believed", None),
    ("ngrok_agent_authtoken", S("2", (ALNUM, 26), "_", (ALNUM, 21)), "`2` + 26 alphanumerics + `_` + 21 alphanumerics", "believed", None),
    ("cloudflare_tunnel_run_token", cf_tunnel, "standard Base64 of JSON `a` (account tag), `t` (tunnel UUIDv4), `s` (Base64 of 32 bytes)", "believed", None),
    ("cloudflare_origin_ca_key", S("v1.0-", (HEXL, 24), "-", (HEXL, 146)), "`v1.0-` + 24 hex + `-` + 146 hex", "read", None),
    ("cloudflare_global_api_key", S((HEXL, 37)), "37 lower-case hex", "read", (["cloudflare", "email"], S("owner@meeplehall.example"))),
    ("wireguard_lan_gateway_private_key", wg_key, "standard Base64 of a clamped 32-byte Curve25519 scalar", "believed", None),
    ("hashicorp_vault_service_token", S("hvs.", (B64URL, 94)), "`hvs.` + 94 base64url", "read", None),
    ("terraform_cloud_team_token", S((LALNUM, 14), ".atlasv1.", (B64URL, 67)), "14 + `.atlasv1.` + 67", "read", None),
    ("onepassword_service_account_token", op_service_account, "`ops_` + standard Base64 of JSON", "read", None),
    ("doppler_service_token", S("dp.st.prd.", (ALNUM, 43)), "`dp.st.prd.` + 43 alphanumerics", "believed", None),
    ("infisical_machine_identity_client_secret", S((HEXL, 64)), "64 lower-case hex", "guessed", (["infisical", "client", "id"], U4)),
    # --- developer platforms
    ("github_oauth_user_access_token", S("gho_", (ALNUM, 36)), "`gho_` + 36 alphanumerics", "read", None),
    ("github_app_installation_token", S("ghs_", (ALNUM, 36)), "`ghs_` + 36 alphanumerics", "read", None),
    ("gitlab_runner_authentication_token", S("glrt-", (B64URL, 20)), "`glrt-` + 20", "read", None),
    ("gitlab_deploy_token", S("gldt-", (B64URL, 20)), "`gldt-` + 20", "read", (["gitlab", "deploy", "user"], S("gitlab+deploy-token-", (DIGITS, 6)))),
    ("bitbucket_repository_access_token", bitbucket_rat, "`ATCTT3xFfGN0` + 180 base64url + `=` + 8 upper-case hex", "guessed", None),
    ("atlassian_cloud_api_token", atlassian, "`ATATT3xFfGF0` + 180 base64url + `=` + 8 upper-case hex", "believed", (["jira", "email"], S("ops@fraglan.example"))),
    ("npm_automation_access_token", S("npm_", (ALNUM, 36)), "`npm_` + 36 alphanumerics", "read", None),
    ("pypi_project_upload_token", pypi, "`pypi-AgEIcHlwaS5vcmc` + base64url of 120 random bytes", "read", None),
    ("docker_hub_personal_access_token", S("dckr_pat_", (B64URL, 27)), "`dckr_pat_` + 27 base64url", "believed", (["docker", "hub", "username"], S("fraglanops"))),
    ("netlify_personal_access_token", S("nfp_", (ALNUM, 36)), "`nfp_` + 36 alphanumerics", "believed", None),
    ("supabase_management_access_token", S("sbp_", (HEXL, 40)), "`sbp_` + 40 lower-case hex", "believed", None),
    ("neon_organization_api_key", S("napi_", (LALNUM, 60)), "`napi_` + 60 lower-case alphanumerics", "guessed", None),
    ("planetscale_branch_password", S("pscale_pw_", (B64URL, 43)), "`pscale_pw_` + 43", "read", (["planetscale", "username"], S((LALNUM, 20)))),
    ("upstash_qstash_current_signing_key", S("sig_", (ALNUM, 28)), "`sig_` + 28 alphanumerics", "guessed", None),
    ("cloudinary_api_secret", S((B64URL, 27)), "27 base64url", "believed", (["cloudinary", "api", "key"], S((DIGITS, 15)))),
    ("uploadthing_secret_key", S("sk_live_", (HEXL, 64)), "`sk_live_` + 64 lower-case hex", "guessed", None),
    ("algolia_admin_api_key", S((HEXL, 32)), "32 lower-case hex (the search-only key of the same shape sits in the negatives)", "read", (["algolia", "app", "id"], S((UALNUM, 10)))),
    ("meilisearch_master_key", S((B64URL, 32)), "32 base64url", "guessed", None),
    ("typesense_admin_api_key", S((ALNUM, 32)), "32 alphanumerics", "guessed", None),
    ("firebase_cloud_messaging_server_key", S("AAAA", (B64URL, 7), ":APA91b", (B64URL, 134)), "`AAAA` + 7 + `:APA91b` + 134 base64url", "believed", None),
    # --- messaging and e-mail
    ("sendgrid_mail_send_api_key", S("SG.", (B64URL, 22), ".", (B64URL, 43)), "`SG.` + 22 + `.` + 43 base64url", "read", None),
    ("postmark_server_api_token", U4, "UUIDv4", "believed", None),
    ("mailjet_api_secret_key", S((HEXL, 32)), "32 lower-case hex", "believed", (["mailjet", "api", "key"], S((HEXL, 32)))),
    ("sparkpost_api_key", S((HEXL, 40)), "40 lower-case hex", "believed", None),
    ("mailerlite_api_token", mailerlite, "RS256-shaped JWT (real base64url JSON, 512 random signature bytes)", "believed", None),
    ("twilio_api_key_secret", S((ALNUM, 32)), "32 alphanumerics", "believed", (["twilio", "api", "key", "sid"], S("SK", (HEXL, 32)))),
    ("vonage_api_secret", S((ALNUM, 16)), "16 alphanumerics", "believed", (["vonage", "api", "key"], S((HEXL, 8)))),
    ("plivo_auth_token", S((ALNUM, 40)), "40 alphanumerics", "believed", (["plivo", "auth", "id"], S("MA", (UALNUM, 18)))),
    ("telnyx_api_v2_key", S("KEY", (HEXU, 32), "_", (ALNUM, 22)), "`KEY` + 32 upper-case hex + `_` + 22 alphanumerics", "believed", None),
    ("pushbullet_access_token", S("o.", (ALNUM, 32)), "`o.` + 32 alphanumerics", "believed", None),
    ("slack_app_level_token", S("xapp-1-A", (UALNUM, 10), "-", (DIGITS, 13), "-", (HEXL, 64)), "`xapp-1-A` + 10 + `-` + 13 digits + `-` + 64 hex", "read", None),
    ("slack_app_signing_secret", S((HEXL, 32)), "32 lower-case hex", "believed", None),
    ("matrix_homeserver_access_token", matrix_token, "`syt_` + base64url of the localpart + `_` + 20 + `_` + 6", "believed", None),
    ("teams_incoming_webhook_url", lambda rng: "https://meeplehall.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (uuid4(rng), uuid4(rng), rstr(rng, HEXL, 32), uuid4(rng)),
     "whole `webhook.office.com/webhookb2/<uuid>@<uuid>/IncomingWebhook/<32 hex>/<uuid>` URL", "read", None),
    # --- AI
    ("openai_admin_api_key", S("sk-admin-", (B64URL, 58), "T3BlbkFJ", (B64URL, 58)), "`sk-admin-` + 58 + `T3BlbkFJ` + 58 base64url", "read", None),
    ("anthropic_admin_api_key", S("sk-ant-admin01-", (B64URL, 93), "AA"), "`sk-ant-admin01-` + 93 base64url + `AA`", "read", None),
    ("mistral_la_plateforme_api_key", S((ALNUM, 32)), "32 alphanumerics", "believed", None),
    ("cohere_production_api_key", S((ALNUM, 40)), "40 alphanumerics", "read", None),
    ("deepseek_platform_api_key", S("sk-", (HEXL, 32)), "`sk-` + 32 lower-case hex", "believed", None),
    ("xai_grok_api_key", S("xai-", (ALNUM, 80)), "`xai-` + 80 alphanumerics", "believed", None),
    ("openrouter_api_key", S("sk-or-v1-", (HEXL, 64)), "`sk-or-v1-` + 64 lower-case hex", "believed", None),
    ("elevenlabs_api_key", S("sk_", (HEXL, 48)), "`sk_` + 48 lower-case hex", "believed", None),
    ("assemblyai_api_key", S((HEXL, 32)), "32 lower-case hex", "believed", None),
    ("deepgram_api_key", S((HEXL, 40)), "40 lower-case hex", "believed", None),
    ("fireworks_ai_api_key", S("fw_", (ALNUM, 24)), "`fw_` + 24 alphanumerics", "believed", None),
    ("langfuse_secret_key", S("sk-lf-", U4), "`sk-lf-` + UUIDv4", "believed", (["langfuse", "public", "key"], S("pk-lf-", U4))),
    ("weights_and_biases_api_key", S((HEXL, 40)), "40 lower-case hex", "believed", None),
    ("azure_openai_resource_key", S((HEXL, 32)), "32 lower-case hex", "believed", (["azure", "openai", "endpoint"], S("https://fraglan-oai.openai.azure.com/"))),
    ("azure_entra_app_client_secret", entra, "3 + digit + `Q~` + 34", "read", (["azure", "client", "id"], U4)),
    # --- maps, places, booking
    ("mapbox_secret_access_token", mapbox_sk, "`sk.` + base64url JSON (`u`, `a`) + `.` + 22 base64url", "believed", None),
    ("yelp_fusion_api_key", S((B64URL, 128)), "128 base64url", "believed", (["yelp", "client", "id"], S((B64URL, 22)))),
    ("sevenrooms_api_client_secret", S((HEXL, 64)), "64 lower-case hex", "guessed", (["sevenrooms", "client", "id"], S((LALNUM, 24)))),
    ("tablein_widget_api_key", S((ALNUM, 32)), "32 alphanumerics", "guessed", None),
    # --- ops and observability
    ("new_relic_user_api_key", S("NRAK-", (UALNUM, 27)), "`NRAK-` + 27 upper-case alphanumerics", "read", None),
    ("grafana_service_account_token", S("glsa_", (ALNUM, 32), "_", (HEXL, 8)), "`glsa_` + 32 alphanumerics + `_` + 8 hex", "read", None),
    ("sentry_org_auth_token", sentry_org, "`sntrys_` + Base64 of JSON (`iat`, `url`, `region_url`, `org`) + `_` + 43 Base64", "read", None),
    ("better_stack_source_token", S((ALNUM, 24)), "24 alphanumerics", "believed", None),
    ("axiom_api_token", S("xaat-", U4), "`xaat-` + UUIDv4", "believed", None),
    ("pagerduty_rest_api_key", S((ALNUM + "_+-", 20)), "20 characters of `[A-Za-z0-9_+-]`", "believed", None),
    ("healthchecks_io_api_key", S((ALNUM, 32)), "32 alphanumerics", "believed", None),
    # --- back office, shipping, commissions, loans
    ("snipe_it_personal_api_token", snipe_it, "RS256-shaped JWT (real base64url JSON with an 80-hex `jti`, 512 random signature bytes)", "believed", None),
    ("linear_oauth_client_secret", S((HEXL, 32)), "32 lower-case hex", "read", (["linear", "client", "id"], S((HEXL, 32)))),
    ("asana_personal_access_token", S("2/", (DIGITS, 16), "/", (DIGITS, 16), ":", (HEXL, 32)), "`2/` + 16 digits + `/` + 16 digits + `:` + 32 hex", "believed", None),
    ("trello_api_token", S("ATTA", (HEXL, 64), (HEXU, 8)), "`ATTA` + 64 lower-case hex + 8 upper-case hex", "believed", (["trello", "api", "key"], S((HEXL, 32)))),
    ("clickup_personal_api_token", S("pk_", (DIGITS, 8), "_", (UALNUM, 32)), "`pk_` + 8 digits + `_` + 32 upper-case alphanumerics (private despite `pk_`)", "believed", None),
    ("monday_com_api_token", monday, "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", "believed", None),
    ("shippo_live_api_token", S("shippo_live_", (HEXL, 40)), "`shippo_live_` + 40 hex", "read", None),
    ("easypost_production_api_key", S("EZAK", (ALNUM, 54)), "`EZAK` + 54 alphanumerics", "read", None),
    ("royal_mail_click_and_drop_api_key", U4, "UUIDv4", "guessed", None),
    ("printful_private_token", S((ALNUM, 40)), "40 alphanumerics", "guessed", None),
    ("patreon_creator_access_token", S((B64URL, 43)), "43 base64url", "believed", None),
    ("kofi_webhook_verification_token", U4, "UUIDv4", "believed", None),
    ("wave_accounting_full_access_token", S((ALNUM, 30)), "30 alphanumerics", "guessed", None),
]

# 16 styles: (name, key style)
STYLES = [
    ("cafe_api_dotenv_staging", "upper"),
    ("lan_ops_compose_environment_map", "upper"),
    ("store_ops_k8s_opaque_secret_stringdata", "upper"),
    ("pairings_service_pydantic_basesettings", "snake"),
    ("booking_api_zod_env_defaults", "camel"),
    ("tcg_inventory_laravel_services_array", "snake"),
    ("game_server_go_const_block", "pascal"),
    ("tournament_bot_rust_config_toml", "snake"),
    ("lan_ops_vault_kv_put_history", "snake"),
    ("cafe_owner_slack_dm_paste", "spaced"),
    ("store_helpdesk_freescout_note", "spaced"),
    ("commission_site_netlify_toml_context_env", "upper"),
    ("badge_desk_spring_properties", "dot"),
    ("loyalty_app_swift_secrets_enum", "camel"),
    ("lan_ops_powershell_setx_history", "upper"),
    ("store_ops_op_item_create_history", "snake"),
]


def render(style, key, nkey, nval):
    """Return a template with {V} for the secret; neighbour (nkey, nval) is written next to it."""
    s = style
    nv = nval.replace("{", "{{").replace("}", "}}") if nval is not None else None
    if s == "cafe_api_dotenv_staging":
        t = "# .env.staging\nAPP_ENV=staging\n" + ("%s=%s\n" % (nkey, nv) if nv else "") + key + "={V}\nLOG_LEVEL=info\n"
    elif s == "lan_ops_compose_environment_map":
        t = "services:\n  worker:\n    image: ghcr.io/fraglan/worker:2.4\n    environment:\n" + \
            ("      %s: \"%s\"\n" % (nkey, nv) if nv else "") + "      " + key + ": \"{V}\"\n      TZ: Europe/London\n"
    elif s == "store_ops_k8s_opaque_secret_stringdata":
        t = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: integrations\n  namespace: store\ntype: Opaque\nstringData:\n" + \
            ("  %s: \"%s\"\n" % (nkey, nv) if nv else "") + "  " + key + ": \"{V}\"\n"
    elif s == "pairings_service_pydantic_basesettings":
        t = "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    debug: bool = False\n" + \
            ("    %s: str = \"%s\"\n" % (nkey, nv) if nv else "") + "    " + key + ": str = \"{V}\"\n\n\nsettings = Settings()\n"
    elif s == "booking_api_zod_env_defaults":
        t = "import {{ z }} from 'zod';\n\nexport const Env = z.object({{\n  nodeEnv: z.string().default('production'),\n" + \
            ("  %s: z.string().default('%s'),\n" % (nkey, nv) if nv else "") + "  " + key + ": z.string().default('{V}'),\n}});\n"
    elif s == "tcg_inventory_laravel_services_array":
        t = "<?php\n\nreturn [\n    'integrations' => [\n" + ("        '%s' => '%s',\n" % (nkey, nv) if nv else "") + \
            "        '" + key + "' => '{V}',\n    ],\n];\n"
    elif s == "game_server_go_const_block":
        t = "package config\n\nconst (\n\tRegion = \"eu-west\"\n" + ("\t%s = \"%s\"\n" % (nkey, nv) if nv else "") + \
            "\t" + key + " = \"{V}\"\n)\n"
    elif s == "tournament_bot_rust_config_toml":
        t = "[bot]\nname = \"pairings-bot\"\n\n[integrations]\n" + ("%s = \"%s\"\n" % (nkey, nv) if nv else "") + key + " = \"{V}\"\n"
    elif s == "lan_ops_vault_kv_put_history":
        t = "$ vault login -method=oidc\n$ vault kv put secret/lan/integrations " + ("%s=%s " % (nkey, nv) if nv else "") + \
            key + "={V}\n$ vault kv get -field=region secret/lan/integrations\n"
    elif s == "cafe_owner_slack_dm_paste":
        t = "10:41 AM  Owner: here you go for the integration" + (" - %s %s" % (nkey, nv) if nv else "") + \
            ", " + key + " {V}\n10:42 AM  Dev: thanks, adding it to the deploy\n"
    elif s == "store_helpdesk_freescout_note":
        t = "Private note by Support:\nCustomer's integration stopped syncing. Details from the owner:\n" + \
            ("%s: %s\n" % (nkey, nv) if nv else "") + key + ": {V}\nNext step: test with staging first.\n"
    elif s == "commission_site_netlify_toml_context_env":
        t = "[build]\n  command = \"npm run build\"\n\n[context.production.environment]\n" + \
            ("  %s = \"%s\"\n" % (nkey, nv) if nv else "") + "  " + key + " = \"{V}\"\n"
    elif s == "badge_desk_spring_properties":
        t = "server.port=8081\n" + ("%s=%s\n" % (nkey, nv) if nv else "") + key + "={V}\nbadges.print.queue=front-desk\n"
    elif s == "loyalty_app_swift_secrets_enum":
        t = "enum Secrets {{\n" + ("    static let %s = \"%s\"\n" % (nkey, nv) if nv else "") + \
            "    static let " + key + " = \"{V}\"\n}}\n"
    elif s == "lan_ops_powershell_setx_history":
        t = "PS C:\\lan> " + ("setx %s \"%s\" /M\nPS C:\\lan> " % (nkey, nv) if nv else "") + \
            "setx " + key + " \"{V}\" /M\n\nSUCCESS: Specified value was saved.\n"
    elif s == "store_ops_op_item_create_history":
        t = "$ op item create --category=\"API Credential\" --title=integration --vault=Store \\\n    " + \
            ("'%s[text]=%s' " % (nkey, nv) if nv else "") + "'" + key + "[concealed]={V}'\n"
    else:
        raise KeyError(s)
    return t


# written but set aside (weakest link to this world or most generic shape), so that 120 remain
TAIL = ["weights_and_biases_api_key", "fireworks_ai_api_key", "deepgram_api_key", "assemblyai_api_key",
        "better_stack_source_token", "healthchecks_io_api_key", "typesense_admin_api_key", "pushbullet_access_token",
        "asana_personal_access_token", "clickup_personal_api_token", "wave_accounting_full_access_token",
        "upstash_qstash_current_signing_key", "neon_organization_api_key"]
USED = [v for v in V if v[0] not in TAIL]
UNUSED = [v for v in V if v[0] in TAIL]


def generate(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    for i, (name, gen, shape, conf, nb) in enumerate(USED):
        style, kstyle = STYLES[i % len(STYLES)]
        value = reg.draw(gen, rng)
        key = keyname(words_of(name), kstyle)
        nkey = nval = None
        if nb:
            nkey = keyname(nb[0], kstyle)
            nval = reg.draw(nb[1], rng)
        tmpl = render(style, key, nkey, nval)
        text, s, e = fill(tmpl, value)
        recs.append(positive("p201-s-%04d" % (start_index + i), name, "%s__%s" % (name, style), text, s, e, "vendor"))
    return recs
