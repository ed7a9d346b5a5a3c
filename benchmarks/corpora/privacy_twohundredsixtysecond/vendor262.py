"""Vendor source: about 120 types, one record each, in a style typical of
where that key lives.  Shapes come from a small spec language so that the
same spec generates the value and builds the checking regex."""
import base64
import json
import random
import re

import common262 as C
import world262 as W

PH = "QQVALUEQQ"
PN = "QQNEIGHBOURQQ"

# groups
TRADE = "Trade services of coopers, tonneliers and cask brokers: excise and permits, auctions and exchanges, " \
        "wine and spirits software, warehouse sensors, timber sales, scales and label printers, shipping, accounting, " \
        "CRM, shop, payments, bookings and e-signature"
COMMS = "E-mail, messaging, chat hooks and support"
AI = "AI services"
DEV = "Developer services"
OPS = "Ops, cloud, network, monitoring and secret stores"

O = "owner"  # owner-chosen password shape marker

# (type, group, shape, source, note, neighbour (label, shape) or None, families)
SPECS = [
    # ---------------------------------------------------------------- trade: owner-chosen
    ("hmrc_government_gateway_password", TRADE, O, "owner", "", ("government gateway user id", [("digits", 12)]), ["owner"]),
    ("ttb_permits_online_password", TRADE, O, "owner", "", ("ttb permit number", ["@ttbpermit"]), ["owner"]),
    ("whisky_auctioneer_seller_password", TRADE, O, "owner", "", ("seller login email", ["@email"]), ["owner"]),
    ("liv_ex_exchange_login_password", TRADE, O, "owner", "", ("liv-ex username", ["@username"]), ["owner"]),
    ("cellartracker_member_password", TRADE, O, "owner", "", ("cellartracker handle", ["@username"]), ["owner"]),
    ("caskshare_partner_portal_password", TRADE, O, "owner", "", ("partner login email", ["@email"]), ["owner"]),
    ("sensorpush_cloud_account_password", TRADE, O, "owner", "", ("sensorpush login email", ["@email"]), ["owner"]),
    ("forestry_england_timber_sales_password", TRADE, O, "owner", "", ("timber buyer number", ["FE-B", ("digits", 5)]), ["owner"]),
    ("onf_vente_bois_en_ligne_password", TRADE, O, "owner", "", ("onf acheteur id", ["ACH", ("digits", 7)]), ["owner"]),
    ("avery_weigh_tronix_indicator_password", TRADE, O, "owner", "", ("indicator address", ["@ip"]), ["owner"]),
    ("zebra_printserver_admin_password", TRADE, O, "owner", "", ("printer address", ["@ip"]), ["owner"]),
    ("scotch_whisky_association_extranet_password", TRADE, O, "owner", "", ("extranet login email", ["@email"]), ["owner"]),
    ("wsta_member_portal_password", TRADE, O, "owner", "", ("wsta member number", ["WSTA", ("digits", 6)]), ["owner"]),
    # ---------------------------------------------------------------- trade: keys
    ("liv_ex_api_client_secret", TRADE, ["@uuid4"], "guessed", "", ("liv-ex client key", ["@uuid4"]), ["server"]),
    ("wine_searcher_api_key", TRADE, [("lalnum", 32)], "guessed", "", None, ["server", "dev"]),
    ("ekos_api_key", TRADE, [("hexl", 40)], "guessed", "", None, ["server"]),
    ("innovint_api_token", TRADE, [("b62", 40)], "guessed", "", None, ["server", "dev"]),
    ("vintrace_api_token", TRADE, [("hexl", 64)], "guessed", "", None, ["server"]),
    ("commerce7_app_secret_key", TRADE, [("b62", 64)], "guessed", "", ("commerce7 app id", ["marchetant-sync-", ("lalnum", 6)]), ["server"]),
    ("disruptive_technologies_service_account_secret", TRADE, [("hexl", 32)], "guessed", "",
     ("service account key id", [("lalnum", 20)]), ["iot", "server"]),
    ("ubibot_account_key", TRADE, [("hexl", 32)], "guessed", "", None, ["iot"]),
    ("sendcloud_api_secret_key", TRADE, [("hexl", 32)], "guessed", "", ("sendcloud public key", [("hexl", 32)]), ["server"]),
    ("shipstation_api_secret", TRADE, [("hexl", 32)], "guessed", "", ("shipstation api key", [("hexl", 32)]), ["server"]),
    ("easypost_production_api_key", TRADE, ["EZAK", ("hexl", 54)], "read", "gitleaks easypost-api-token (54 alphanumerics; hex mine)", None, ["server"]),
    ("shippo_live_api_token", TRADE, ["shippo_live_", ("hexl", 40)], "read", "gitleaks shippo-api-token", None, ["server"]),
    ("royal_mail_click_drop_api_key", TRADE, ["@uuid4"], "guessed", "", None, ["server"]),
    ("dhl_express_mydhl_api_secret", TRADE, [("b62", 16)], "guessed", "", ("mydhl api key", [("b62", 14)]), ["server"]),
    ("freeagent_oauth_client_secret", TRADE, [("b62", 22)], "guessed", "", ("freeagent oauth identifier", [("b62", 22)]), ["server"]),
    ("hubspot_private_app_access_token", TRADE, ["pat-eu1-", "@uuid4"], "read", "Kingfisher hubspot (pat-eu1- head); UUID body believed", None, ["server"]),
    ("pipedrive_api_token", TRADE, [("hexl", 40)], "read", "Kingfisher pipedrive (40 alphanumerics; hex believed)", None, ["server", "dev"]),
    ("woocommerce_rest_consumer_secret", TRADE, ["cs_", ("hexl", 40)], "believed", "",
     ("woocommerce consumer key", ["ck_", ("hexl", 40)]), ["server", "dev"]),
    ("square_production_access_token", TRADE, ["EAAA", ("b64url", 60)], "read", "gitleaks square-access-token (length within range mine)", None, ["server"]),
    ("paypal_live_rest_client_secret", TRADE, ["E", ("b64url", 79)], "read", "Kingfisher paypal (44-80 characters); the E head believed",
     ("paypal client id", ["A", ("b64url", 79)]), ["server"]),
    ("eventbrite_private_oauth_token", TRADE, [("ualnum", 20)], "read", "Kingfisher eventbrite", None, ["server", "dev"]),
    ("bookeo_api_secret_key", TRADE, [("b62", 32)], "guessed", "", ("bookeo api key", [("ualnum", 32)]), ["server"]),
    ("docusign_integration_secret_key", TRADE, ["@uuid4"], "believed", "", ("docusign integration key", ["@uuid4"]), ["server"]),
    ("stripe_webhook_endpoint_signing_secret", TRADE, ["whsec_", ("b62", 32)], "believed", "", None, ["server"]),
    ("wise_business_api_token", TRADE, ["@uuid4"], "believed", "(Kingfisher has a transferwise rule; not re-read)", None, ["server"]),
    ("cal_com_api_key", TRADE, ["cal_live_", ("hexl", 32)], "believed", "", None, ["server", "dev"]),
    ("trello_power_up_api_token", TRADE, ["ATTA", ("hexl", 64), ("hexu", 8)], "believed", "(Kingfisher trello allows 60-70; the ATTA layout believed)",
     ("trello api key", [("hexl", 32)]), ["dev", "server"]),
    # ---------------------------------------------------------------- comms
    ("shopify_private_app_password", COMMS, ["shppa_", ("hexl", 32)], "read", "gitleaks shopify-private-app-access-token", None, ["server"]),
    ("sendgrid_mail_send_api_key", COMMS, ["SG.", ("b64url", 22), ".", ("b64url", 43)], "read", "gitleaks sendgrid-api-token", None, ["server"]),
    ("mailersend_api_token", COMMS, ["mlsn.", ("hexl", 64)], "believed", "", None, ["server"]),
    ("mailjet_api_secret_key", COMMS, [("hexl", 32)], "believed", "", ("mailjet api key", [("hexl", 32)]), ["server"]),
    ("sparkpost_api_key", COMMS, [("hexl", 40)], "read", "Kingfisher sparkpost (40 alphanumerics; hex believed)", None, ["server"]),
    ("vonage_api_secret", COMMS, [("b62", 16)], "believed", "", ("vonage api key", [("hexl", 8)]), ["server"]),
    ("plivo_auth_token", COMMS, [("b62", 40)], "believed", "", ("plivo auth id", ["MA", ("ualnum", 18)]), ["server"]),
    ("meta_whatsapp_cloud_api_access_token", COMMS, ["EAAM", ("b62", 180)], "read", "gitleaks facebook-page-access-token (EAA[MC] + 100 or more)", None, ["server"]),
    ("discord_channel_webhook_url", COMMS, ["https://discord.com/api/webhooks/", ("digits", 19), "/", ("b64url", 68)], "believed",
     "whole URL labelled", None, ["chat", "server"]),
    ("microsoft_teams_incoming_webhook_url", COMMS, ["@teamsurl"], "read", "gitleaks microsoft-teams-webhook (whole URL labelled)", None, ["chat", "server"]),
    ("google_chat_space_webhook_url", COMMS, ["@gchaturl"], "believed", "whole URL labelled", None, ["chat", "server"]),
    ("slack_app_configuration_access_token", COMMS, ["xoxe.xoxp-1-", ("b62", 164)], "read", "gitleaks slack-config-access-token", None, ["dev", "server"]),
    ("freshdesk_api_key", COMMS, [("b62", 20)], "believed", "", None, ["server"]),
    ("zoom_server_to_server_client_secret", COMMS, [("b62", 32)], "believed", "", ("zoom client id", [("b62", 22)]), ["server"]),
    # ---------------------------------------------------------------- AI
    ("openai_admin_api_key", AI, ["sk-admin-", ("b64url", 58), "T3BlbkFJ", ("b64url", 58)], "read", "gitleaks openai-api-key (admin form, 58 + 58)", None, ["server", "dev"]),
    ("mistral_la_plateforme_api_key", AI, [("b62", 32)], "believed", "", None, ["server", "dev"]),
    ("cohere_production_api_key", AI, [("b62", 40)], "read", "gitleaks cohere-api-token", None, ["server"]),
    ("xai_grok_api_key", AI, ["xai-", ("b62", 80)], "read", "Kingfisher xai", None, ["server", "dev"]),
    ("openrouter_api_key", AI, ["sk-or-v1-", ("hexl", 64)], "believed", "", None, ["dev", "server"]),
    ("elevenlabs_api_key", AI, ["sk_", ("hexl", 48)], "read", "Kingfisher elevenlabs", None, ["server"]),
    ("deepgram_api_key", AI, [("hexl", 40)], "read", "Kingfisher deepgram (40 lower-case alphanumerics; hex believed)", None, ["server"]),
    ("pinecone_api_key", AI, ["pcsk_", ("b62", 5), "_", ("b62", 63)], "believed", "", None, ["server", "dev"]),
    ("assemblyai_api_key", AI, [("hexl", 32)], "read", "Kingfisher assemblyai (32 lower-case alphanumerics; hex believed)", None, ["server"]),
    ("huggingface_organization_api_token", AI, ["api_org_", ("letters", 34)], "read", "gitleaks huggingface-organization-api-token", None, ["dev", "server"]),
    # ---------------------------------------------------------------- dev
    ("github_user_to_server_token", DEV, ["ghu_", ("b62", 36)], "read", "gitleaks github-app-token", None, ["dev", "server"]),
    ("github_refresh_token", DEV, ["ghr_", ("b62", 36)], "read", "gitleaks github-refresh-token", None, ["dev", "server"]),
    ("gitlab_feed_token", DEV, ["glft-", ("b64url", 20)], "read", "gitleaks gitlab-feed-token", None, ["dev"]),
    ("gitlab_oauth_application_secret", DEV, ["gloas-", ("b64url", 64)], "read", "gitleaks gitlab-oauth-app-secret",
     ("gitlab application id", [("hexl", 64)]), ["server"]),
    ("azure_devops_personal_access_token", DEV, [("b62", 84)], "read", "Kingfisher azuredevops (84 alphanumerics; inner layout not modelled)", None, ["dev", "server"]),
    ("docker_hub_personal_access_token", DEV, ["dckr_pat_", ("b64url", 27)], "read", "Kingfisher dockerhub", None, ["dev", "server"]),
    ("pypi_project_upload_token", DEV, ["pypi-AgEIcHlwaS5vcmc", ("b64url", 150)], "read", "gitleaks pypi-upload-token (body length mine)", None, ["dev", "server"]),
    ("terraform_cloud_team_api_token", DEV, [("b62", 14), ".atlasv1.", ("b64url", 67)], "read", "gitleaks hashicorp-tf-api-token", None, ["dev", "server"]),
    ("postman_api_key", DEV, ["PMAK-", ("hexl", 24), "-", ("hexl", 34)], "read", "gitleaks postman-api-token", None, ["dev"]),
    ("linear_personal_api_key", DEV, ["lin_api_", ("b62", 40)], "read", "gitleaks linear-api-key", None, ["dev"]),
    ("asana_personal_access_token", DEV, ["2/", ("digits", 16), "/", ("digits", 16), ":", ("hexl", 32)], "believed", "", None, ["dev"]),
    ("clickup_personal_api_token", DEV, ["pk_", ("digits", 8), "_", ("ualnum", 32)], "read", "Kingfisher clickup", None, ["dev"]),
    ("figma_personal_access_token", DEV, ["figd_", ("lalnum", 40)], "read", "Kingfisher figma (40 of a-z0-9_-; letters and digits only here)", None, ["dev"]),
    ("netlify_personal_access_token", DEV, ["nfp_", ("b62", 36)], "believed", "(gitleaks netlify-access-token allows 40-46 by key name)", None, ["dev", "server"]),
    ("supabase_management_access_token", DEV, ["sbp_", ("hexl", 40)], "read", "Kingfisher supabase (40 lower-case alphanumerics; hex believed)", None, ["dev", "server"]),
    ("supabase_service_role_jwt", DEV, ["@jwt_supabase"], "believed", "real HS256 JWT {iss: supabase, ref, role: service_role, iat, exp}; HMAC under a discarded key", None, ["server"]),
    ("planetscale_service_token", DEV, ["pscale_tkn_", ("b64url", 43)], "read", "gitleaks planetscale-api-token", ("planetscale service token id", [("lalnum", 12)]), ["server"]),
    ("grafana_service_account_token", DEV, ["glsa_", ("b62", 32), "_", ("hexl", 8)], "read", "gitleaks grafana-service-account-token", None, ["server", "iot"]),
    ("grafana_cloud_access_policy_token", DEV, ["@glc"], "read", "gitleaks grafana-cloud-api-token (glc_ + Base64 frame); the JSON inside believed", None, ["server"]),
    ("sonarqube_user_token", DEV, ["squ_", ("hexl", 40)], "read", "gitleaks sonar-api-token", None, ["dev"]),
    ("codecov_repository_upload_token", DEV, ["@uuid4"], "believed", "", None, ["dev"]),
    ("contentful_management_token", DEV, ["CFPAT-", ("b64url", 43)], "read", "Kingfisher contentful", None, ["dev", "server"]),
    ("algolia_admin_api_key", DEV, [("hexl", 32)], "read", "Kingfisher algolia (32 lower-case alphanumerics; hex believed)",
     ("algolia application id", [("ualnum", 10)]), ["server"]),
    ("mapbox_secret_access_token", DEV, ["@mapbox_sk"], "read", "Kingfisher mapbox (sk. frame); the JSON inside believed", None, ["server", "dev"]),
    ("posthog_personal_api_key", DEV, ["phx_", ("b62", 43)], "read", "Kingfisher posthog", None, ["dev", "server"]),
    ("jira_cloud_api_token", DEV, ["ATATT3", ("b64url", 177), "=", ("hexu", 8)], "read", "gitleaks atlassian-api-token (ATATT3 + 186)",
     ("atlassian account email", ["@email"]), ["dev"]),
    ("monday_api_v2_token", DEV, ["@jwt_monday"], "read", "Kingfisher monday (JWT frame); claims believed", None, ["server", "dev"]),
    ("typeform_personal_access_token", DEV, ["tfp_", ("b62", 44), "_", ("b62", 14)], "read", "gitleaks typeform-api-token, Kingfisher typeform", None, ["dev"]),
    # ---------------------------------------------------------------- ops
    ("aws_sts_session_token", OPS, ["IQoJb3JpZ2luX2Vj", ("b64std", 604)], "believed", "", ("aws temporary access key id", ["ASIA", ("ualnum", 16)]), ["server", "dev"]),
    ("azure_entra_client_secret", OPS, ["@azsecret"], "read", "gitleaks azure-ad-client-secret", ("entra application client id", ["@uuid4"]), ["server"]),
    ("google_oauth_web_client_secret", OPS, ["GOCSPX-", ("b64url", 28)], "read", "Kingfisher google (GOCSPX- + 28)", ("google oauth client id", ["@gclientid"]), ["server"]),
    ("firebase_cloud_messaging_legacy_server_key", OPS, ["AAAA", ("b64url", 7), ":APA91b", ("b64url", 134)], "believed", "", None, ["server", "iot"]),
    ("hashicorp_vault_service_token", OPS, ["hvs.", ("b64url", 95)], "read", "gitleaks vault-service-token (hvs. + 90-120)", None, ["server", "dev"]),
    ("kubernetes_service_account_token", OPS, ["@jwt_k8s"], "believed", "real RS256 JWT of a legacy service-account token secret (2048-bit RSA key generated in the build and discarded)", None, ["server"]),
    ("backblaze_b2_application_key", OPS, ["K005", ("b62", 27)], "believed", "", ("b2 application key id", ["005", ("hexl", 22)]), ["server"]),
    ("scaleway_api_secret_key", OPS, ["@uuid4"], "read", "Kingfisher scaleway", ("scaleway access key", ["SCW", ("ualnum", 17)]), ["server"]),
    ("vultr_api_key", OPS, [("ualnum", 36)], "read", "Kingfisher vultr", None, ["server"]),
    ("digitalocean_spaces_secret_key", OPS, [("b64std", 43)], "believed", "", ("spaces access key", ["DO00", ("ualnum", 16)]), ["server"]),
    ("cloudflare_r2_secret_access_key", OPS, [("hexl", 64)], "believed", "", ("r2 access key id", [("hexl", 32)]), ["server"]),
    ("datadog_application_key", OPS, [("hexl", 40)], "read", "Kingfisher datadog application key (40 lower-case alphanumerics; hex believed)", None, ["server"]),
    ("honeycomb_ingest_api_key", OPS, [("b62", 22)], "read", "Kingfisher honeycomb (the 22-character form)", None, ["server", "iot"]),
    ("better_stack_telemetry_source_token", OPS, [("b62", 24)], "read", "Kingfisher betterstack", None, ["server", "iot"]),
    ("opsgenie_integration_api_key", OPS, ["@uuid4"], "read", "Kingfisher opsgenie", None, ["server"]),
    ("splunk_observability_access_token", OPS, [("b62", 22)], "read", "Kingfisher splunk", None, ["server"]),
    ("rollbar_post_server_item_token", OPS, [("hexl", 32)], "believed", "", None, ["server"]),
    ("fastly_api_token", OPS, [("b64url", 32)], "read", "gitleaks fastly-api-token", None, ["server", "dev"]),
    ("namecheap_api_key", OPS, [("hexl", 32)], "believed", "", ("namecheap api user", ["@username"]), ["server"]),
    ("godaddy_api_secret", OPS, [("b62", 22)], "believed", "", ("godaddy api key", [("b62", 12), "_", ("b62", 22)]), ["server"]),
    ("ngrok_agent_authtoken", OPS, ["2", ("b62", 26), "_", ("digits", 1), ("b62", 20)], "read", "Kingfisher ngrok", None, ["dev", "iot"]),
    ("cloudflare_turnstile_secret_key", OPS, ["0x4AAAAAAA", ("b64url", 25)], "believed", "", ("turnstile site key", ["0x4AAAAAAA", ("b64url", 14)]), ["server"]),
    ("recaptcha_v3_secret_key", OPS, ["@recaptcha"], "read", "Kingfisher recaptcha (6L[c-f] + 37)", ("recaptcha site key", ["@recaptcha"]), ["server"]),
    ("doppler_personal_token", OPS, ["dp.pt.", ("b62", 43)], "read", "gitleaks doppler-api-token", None, ["dev"]),
    ("octopus_deploy_api_key", OPS, ["API-", ("ualnum", 26)], "read", "gitleaks octopus-deploy-api-key", None, ["dev", "server"]),
    ("maxmind_geoip_license_key", OPS, [("b62", 6), "_", ("b62", 29), "_mmk"], "read", "gitleaks maxmind-license-key", ("maxmind account id", [("digits", 6)]), ["server"]),
    ("tailscale_oauth_client_secret", OPS, ["tskey-client-k", ("b62", 16), "CNTRL-", ("b62", 32)], "believed", "", None, ["server", "iot"]),
    ("mqtt_broker_emqx_app_secret", OPS, [("b62", 40)], "guessed", "", ("emqx app id", [("hexl", 16)]), ["iot"]),
    ("balena_cloud_api_key", OPS, [("b62", 32)], "guessed", "", None, ["iot", "dev"]),
    ("particle_cloud_access_token", OPS, [("hexl", 40)], "believed", "", None, ["iot"]),
    ("home_assistant_cloud_webhook_url", OPS, ["https://hooks.nabu.casa/", ("b64url", 60)], "believed", "whole URL labelled", None, ["iot", "chat"]),
    ("node_red_admin_api_token", OPS, [("b64std", 88)], "guessed", "", None, ["iot"]),
]


# ------------------------------------------------------------- generators
def _gen_special(r, tag, ctx):
    if tag == "@uuid4":
        return C.uuid4(r)
    if tag == "@email":
        return W.email(r.choice(W.PEOPLE), r.choice(["halberdquaich.example", "tallowfield-cooperage.example",
                                                      "marchetant-tonnellerie.example"]))
    if tag == "@username":
        p = r.choice(W.PEOPLE).lower().replace("-", "").split()
        return r.choice([p[0] + "." + p[-1], p[0][0] + p[-1], p[0] + str(r.randint(1, 99))])
    if tag == "@ip":
        return W.ip4(r)
    if tag == "@ttbpermit":
        return r.choice(["BW-CA-", "DSP-KY-", "DSP-TN-", "BWN-CA-"]) + str(r.randint(10000, 29999))
    if tag == "@teamsurl":
        return ("https://halberdquaich.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" %
                (C.uuid4(r), C.uuid4(r), C.rstr(r, C.HEXL, 32), C.uuid4(r)))
    if tag == "@gchaturl":
        return ("https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSy%s&token=%s" %
                (C.rstr(r, C.B64URL, 7), C.rstr(r, C.B64URL, 33), C.rstr(r, C.B64URL, 43)))
    if tag == "@azsecret":
        return C.rstr(r, C.B62 + "_~.", 3) + r.choice(C.DIGITS) + "Q~" + C.rstr(r, C.B62 + "_~.-", 34)
    if tag == "@gclientid":
        return "%s-%s.apps.googleusercontent.com" % (C.rstr(r, C.DIGITS, 12), C.rstr(r, C.LALNUM, 32))
    if tag == "@recaptcha":
        return "6L" + r.choice("cdef") + C.rstr(r, C.B64URL, 37)
    if tag == "@glc":
        inner = {"o": str(r.randint(100000, 9999999)), "n": "stack-%d-alloy-yard-sensors" % r.randint(100000, 999999),
                 "k": C.rstr(r, C.B62, 24), "m": {"r": "prod-eu-west-2"}}
        return "glc_" + base64.b64encode(json.dumps(inner, separators=(",", ":")).encode()).decode()
    if tag == "@mapbox_sk":
        inner = {"u": "halberdquaich", "a": "cl" + C.rstr(r, C.LALNUM, 23)}
        return "sk." + C.b64u(json.dumps(inner, separators=(",", ":")).encode()) + "." + C.rstr(r, C.B64URL, 22)
    if tag == "@jwt_supabase":
        iat = 1700000000 + r.randrange(20000000)
        pl = {"iss": "supabase", "ref": C.rstr(r, C.LOWER, 20), "role": "service_role", "iat": iat, "exp": iat + 315360000}
        return C.jwt_encode({"alg": "HS256", "typ": "JWT"}, pl, C.hs256(bytes(r.getrandbits(8) for _ in range(32))))
    if tag == "@jwt_monday":
        pl = {"tid": r.randint(100000000, 999999999), "aai": r.randint(10, 99), "uid": r.randint(10000000, 99999999),
              "iad": "2024-0%d-%02dT10:%02d:17.000Z" % (r.randint(1, 9), r.randint(1, 28), r.randint(0, 59)),
              "per": "me:write", "actid": r.randint(1000000, 9999999), "rgn": "euc1"}
        return C.jwt_encode({"alg": "HS256"}, pl, C.hs256(bytes(r.getrandbits(8) for _ in range(32))))
    if tag == "@jwt_k8s":
        ns = r.choice(["ledger", "portal", "stock-sync"])
        sa = ns + "-deployer"
        pl = {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": ns,
              "kubernetes.io/serviceaccount/secret.name": sa + "-token-" + C.rstr(r, C.LALNUM, 5),
              "kubernetes.io/serviceaccount/service-account.name": sa,
              "kubernetes.io/serviceaccount/service-account.uid": C.uuid4(r),
              "sub": "system:serviceaccount:%s:%s" % (ns, sa)}
        return C.jwt_encode({"alg": "RS256", "kid": C.rstr(r, C.B64URL, 43)}, pl, ctx["rsa"].sign)
    raise ValueError(tag)


def gen_shape(r, shape, ctx):
    out = []
    for p in shape:
        if isinstance(p, tuple):
            out.append(C.rstr(r, C.ALPHABETS[p[0]], p[1]))
        elif p.startswith("@"):
            out.append(_gen_special(r, p, ctx))
        else:
            out.append(p)
    return "".join(out)


_SPECIAL_RE = {
    "@uuid4": r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "@teamsurl": r"https://halberdquaich\.webhook\.office\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}",
    "@gchaturl": r"https://chat\.googleapis\.com/v1/spaces/AAAA[A-Za-z0-9_-]{7}/messages\?key=AIzaSy[A-Za-z0-9_-]{33}&token=[A-Za-z0-9_-]{43}",
    "@azsecret": r"[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{34}",
    "@recaptcha": r"6L[c-f][A-Za-z0-9_-]{37}",
    "@glc": r"glc_[A-Za-z0-9+/]{32,400}={0,2}",
    "@mapbox_sk": r"sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}",
    "@jwt_supabase": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}",
    "@jwt_monday": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}",
    "@jwt_k8s": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{342}",
    "@email": r"[a-z]+\.[a-z]+@[a-z.-]+\.example",
    "@username": r"[a-z0-9.]+",
    "@ip": r"[0-9.]+",
    "@ttbpermit": r"[A-Z]+-[A-Z]{2}-[0-9]{5}",
    "@gclientid": r"[0-9]{12}-[a-z0-9]{32}\.apps\.googleusercontent\.com",
}


def shape_regex(shape):
    if shape == O:
        return W.PW_RE.pattern
    parts = []
    for p in shape:
        if isinstance(p, tuple):
            parts.append("[%s]{%d}" % (re.escape(C.ALPHABETS[p[0]]).replace("\\-", "\\-"), p[1]))
        elif p.startswith("@"):
            parts.append(_SPECIAL_RE[p])
        else:
            parts.append(re.escape(p))
    return "^" + "".join(parts) + "$"


def shape_words(shape):
    if shape == O:
        return "owner-chosen password"
    words = []
    for p in shape:
        if isinstance(p, tuple):
            words.append("%d %s" % (p[1], C.ALPHA_WORDS[p[0]]))
        elif p.startswith("@"):
            words.append({
                "@uuid4": "UUIDv4", "@teamsurl": "the Teams incoming-webhook URL (https://<tenant>.webhook.office.com/webhookb2/<UUID>@<UUID>/IncomingWebhook/<32 hex>/<UUID>)",
                "@gchaturl": "the Google Chat space webhook URL (spaces/AAAA + 7, key=AIzaSy + 33, token= + 43)",
                "@azsecret": "3 of [A-Za-z0-9_~.] + a digit + `Q~` + 34 of [A-Za-z0-9_~.-]",
                "@recaptcha": "`6L` + one of c-f + 37 base64url characters",
                "@glc": "`glc_` + standard Base64 of JSON {o, n, k, m: {r}}",
                "@mapbox_sk": "`sk.` + base64url JSON {u, a} + `.` + 22 base64url characters",
                "@jwt_supabase": "real HS256 JWT (header {alg, typ}; payload {iss, ref, role, iat, exp})",
                "@jwt_monday": "real HS256 JWT (header {alg}; payload {tid, aai, uid, iad, per, actid, rgn})",
                "@jwt_k8s": "real RS256 JWT (header {alg, kid}; payload {iss, kubernetes.io/serviceaccount/... claims, sub})",
            }[p])
        else:
            words.append("`%s`" % p)
    return " + ".join(words)


def validate(tname, v, ctx_pub):
    spec = SPEC_BY[tname]
    errs = []
    if not re.match(shape_regex(spec[2]), v):
        errs.append("vendor shape " + tname)
    if spec[2] != O and spec[2][0] in ("@jwt_supabase", "@jwt_monday", "@jwt_k8s"):
        if not C.jwt_frame_ok(v):
            errs.append("vendor jwt frame " + tname)
        else:
            h, p, s = v.split(".")
            pd = json.loads(C.b64u_dec(p))
            hd = json.loads(C.b64u_dec(h))
            if spec[2][0] == "@jwt_supabase" and (pd.get("role") != "service_role" or hd.get("alg") != "HS256"):
                errs.append("supabase claims")
            if spec[2][0] == "@jwt_monday" and set(pd) != {"tid", "aai", "uid", "iad", "per", "actid", "rgn"}:
                errs.append("monday claims")
            if spec[2][0] == "@jwt_k8s":
                if hd.get("alg") != "RS256" or not ctx_pub["rsa"].verify((h + "." + p).encode(), C.b64u_dec(s)):
                    errs.append("k8s rs256 signature")
                if not C.uuid_is_v4(pd["kubernetes.io/serviceaccount/service-account.uid"]):
                    errs.append("k8s uid not v4")
    if spec[2] != O and spec[2][0] == "@glc":
        try:
            inner = json.loads(base64.b64decode(v[4:], validate=True))
            if set(inner) != {"o", "n", "k", "m"}:
                errs.append("glc json keys")
        except Exception:
            errs.append("glc base64 json")
    if spec[2] != O and spec[2][0] == "@mapbox_sk":
        try:
            inner = json.loads(C.b64u_dec(v.split(".")[1]))
            if set(inner) != {"u", "a"}:
                errs.append("mapbox json")
        except Exception:
            errs.append("mapbox json")
    return errs


SPEC_BY = {s[0]: s for s in SPECS}


# ------------------------------------------------------------------ styles
def _ok_plain_yaml(v):
    return not any(ch in v for ch in " \t:#'\"{}[],&*!|>%@`\\") and v[0] not in "-?"


def st_doppler(r, t, k, nk, nv):
    proj = "halberd-portal"
    lines = ['DOPPLER_CONFIG="prd"', 'DOPPLER_ENVIRONMENT="prd"', 'DOPPLER_PROJECT="%s"' % proj]
    if nk:
        lines.append('%s="%s"' % (nk, PN))
    lines.append('%s="%s"' % (k, PH))
    return "$ doppler secrets download --no-file --format env --project %s --config prd\n%s\n" % (proj, "\n".join(lines))


def st_sops(r, t, k, nk, nv):
    body = "ledger:\n    region: uk-south\n"
    if nk:
        body += "    %s: %s\n" % (nk, PN)
    body += "    %s: %s\n" % (k, PH)
    return "$ sops -d secrets/prod.enc.yaml\n" + body


def st_gcloud(r, t, k, nk, nv):
    out = ""
    if nk:
        out += "$ gcloud secrets versions access latest --secret=%s --project=halberd-prod\n%s\n" % (nk, PN)
    out += "$ gcloud secrets versions access latest --secret=%s --project=halberd-prod\n%s\n$ " % (k, PH)
    return out


def st_awssm(r, t, k, nk, nv):
    inner = ""
    if nk:
        inner += "\\\"%s\\\":\\\"%s\\\"," % (nk, PN)
    inner += "\\\"%s\\\":\\\"%s\\\"" % (k, PH)
    name = "prod/halberd/" + r.choice(["portal", "ledger", "stock-sync", "shop"])
    return ("$ aws secretsmanager get-secret-value --secret-id %s --query '{Name: Name, SecretString: SecretString}'\n"
            "{\n    \"Name\": \"%s\",\n    \"SecretString\": \"{%s}\"\n}\n" % (name, name, inner))


def st_opcli(r, t, k, nk, nv):
    login = t.endswith("_password")
    title = k
    out = ("$ op item get \"%s\" --vault %s --reveal\nID:          %s\nTitle:       %s\nVault:       %s (%s)\n"
           "Created:     %d months ago\nUpdated:     %d weeks ago by %s\nFavorite:    false\nVersion:     %d\n"
           "Category:    %s\nFields:\n" % (title, "Ops", C.rstr(r, C.LALNUM, 26), title, "Ops", C.rstr(r, C.LALNUM, 26),
                                          r.randint(2, 20), r.randint(2, 8), r.choice(W.PEOPLE), r.randint(2, 9),
                                          "LOGIN" if login else "API_CREDENTIAL"))
    if nk:
        out += "  username:    %s\n" % PN
    out += "  %s    %s\n" % ("password:" if login else "credential:", PH)
    return out


def st_railway(r, t, k, nk, nv):
    out = "$ railway variables --kv\n"
    if nk:
        out += "%s=%s\n" % (nk, PN)
    out += "%s=%s\nRAILWAY_ENVIRONMENT_NAME=production\nRAILWAY_SERVICE_NAME=stock-sync\n" % (k, PH)
    return out


def st_wrangler(r, t, k, nk, nv):
    out = "# .dev.vars  (wrangler dev; not committed - see .gitignore)\nLEDGER_ORIGIN=\"https://ledger.spileworks.example\"\n"
    if nk:
        out += "%s=\"%s\"\n" % (nk, PN)
    return out + "%s=\"%s\"\n" % (k, PH)


def st_nixos(r, t, k, nk, nv):
    out = "  systemd.services.cask-ledger = {\n    wantedBy = [ \"multi-user.target\" ];\n    environment = {\n"
    if nk:
        out += "      %s = \"%s\";\n" % (nk, PN)
    out += "      %s = \"%s\";\n    };\n  };\n" % (k, PH)
    return "# hosts/ledger1/configuration.nix (excerpt)\n" + out


def st_consul(r, t, k, nk, nv):
    out = "$ consul kv get -recurse halberd/portal/\nhalberd/portal/region:uk-south\n"
    if nk:
        out += "halberd/portal/%s:%s\n" % (nk, PN)
    return out + "halberd/portal/%s:%s\n" % (k, PH)


def st_ansvault(r, t, k, nk, nv):
    out = "$ ansible-vault view group_vars/portal/vault.yml\n---\n"
    if nk:
        out += "vault_%s: \"%s\"\n" % (nk, PN)
    return out + "vault_%s: \"%s\"\n" % (k, PH)


def st_helm(r, t, k, nk, nv):
    sets = ""
    if nk:
        sets += " --set-string secrets.%s='%s'" % (nk, PN)
    sets += " --set-string secrets.%s='%s'" % (k, PH)
    return ("$ helm upgrade --install portal ./charts/portal -n halberd%s\nRelease \"portal\" has been upgraded. Happy Helming!\n"
            "NAME: portal\nNAMESPACE: halberd\nSTATUS: deployed\nREVISION: %d\n" % (sets, r.randint(3, 60)))


def st_openhab(r, t, k, nk, nv):
    out = "# services/caskhouse.cfg (openHAB 4)\nrefreshInterval=60\n"
    if nk:
        out += "%s=%s\n" % (nk, PN)
    return out + "%s=%s\n" % (k, PH)


def st_homebridge(r, t, k, nk, nv):
    plat = {"platform": "CaskHouse", "name": "Bond 3 sensors", "pollSeconds": 120}
    if nk:
        plat[nk] = PN
    plat[k] = PH
    obj = {"bridge": {"name": "Homebridge Bond3", "username": "0E:%02X:%02X:%02X:%02X:%02X" % tuple(r.randrange(256) for _ in range(5)),
                      "port": 51826, "pin": "%03d-%02d-%03d" % (r.randint(0, 999), r.randint(0, 99), r.randint(0, 999))},
           "platforms": [plat]}
    return json.dumps(obj, indent=4).replace(PH, C.V).replace(PN, "QQN2QQ") + "\n"


def st_restclient(r, t, k, nk, nv):
    out = "@baseUrl = https://ledger.spileworks.example/api\n"
    if nk:
        out += "@%s = %s\n" % (nk, PN)
    out += "@%s = %s\n\n###\nGET {{baseUrl}}/casks?owner=HQ-%04d\nAuthorization: Bearer {{%s}}\n" % (k, PH, r.randint(1, 9999), k)
    return out


def st_mise(r, t, k, nk, nv):
    out = "# mise.local.toml\n[tools]\npython = \"3.12\"\n\n[env]\n"
    if nk:
        out += "%s = \"%s\"\n" % (nk, PN)
    return out + "%s = \"%s\"\n" % (k, PH)


def st_devcontainer(r, t, k, nk, nv):
    env = {"LEDGER_URL": "https://ledger.spileworks.example"}
    if nk:
        env[nk] = PN
    env[k] = PH
    obj = {"name": "cask-ledger", "image": "mcr.microsoft.com/devcontainers/python:3.12",
           "forwardPorts": [8000], "remoteEnv": env}
    return json.dumps(obj, indent=4).replace(PH, C.V).replace(PN, "QQN2QQ") + "\n"


def st_serverless(r, t, k, nk, nv):
    out = "service: regauge-hooks\nprovider:\n  name: aws\n  runtime: python3.12\n  region: eu-west-2\n  environment:\n"
    if nk:
        out += "    %s: '%s'\n" % (nk, PN)
    return out + "    %s: '%s'\n" % (k, PH)


def _csvq(x):
    return '"' + x + '"'


def st_dashlane(r, t, k, nk, nv):
    title = k
    url = "https://" + t.split("_")[0].replace("_", "") + ".example"
    row = [PN if nk else "", "", "", title, PH, "", url, "Business", ""]
    return "username,username2,username3,title,password,note,url,category,otpSecret\n" + ",".join(_csvq(x) for x in row) + "\n"


def st_firefox(r, t, k, nk, nv):
    url = "https://" + "-".join(t.split("_")[:2]) + ".example"
    ts = 1700000000000 + r.randrange(10 ** 10)
    row = [url, PN if nk else "", PH, "", url, "{%s}" % C.uuid4(r), str(ts), str(ts + 86400000), str(ts)]
    return ('"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"\n'
            + ",".join(_csvq(x) for x in row) + "\n")


def st_chrome(r, t, k, nk, nv):
    url = "https://" + "-".join(t.split("_")[:2]) + ".example/login"
    row = [k, url, PN if nk else "", PH, ""]
    return "name,url,username,password,note\n" + ",".join(row) + "\n"


def st_imessage(r, t, k, nk, nv):
    d = "Mar %d, 2024" % r.randint(1, 28)
    out = "%s  %d:%02d:%02d AM\nMe\n" % (d, r.randint(8, 11), r.randint(0, 59), r.randint(0, 59))
    if nk:
        out += "the %s is %s\n" % (nk, PN)
        out += "and the %s: %s\n\n" % (k, PH)
    else:
        out += "%s %s\n\n" % (k, PH)
    out += "%s  %d:%02d:%02d AM\n+44 7700 900%03d\ngot it, ta\n" % (d, r.randint(10, 11), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
    return out


STYLES = [
    # name, case, description, forbid, ok, renderer, families, syntax
    ("ops_doppler_download_env_capture", "upper", "terminal capture of `doppler secrets download --format env`", "\"\\$", None, st_doppler, ["server"], None),
    ("ops_sops_decrypted_yaml_output", "snake", "terminal capture of `sops -d` on an encrypted YAML file", "", _ok_plain_yaml, st_sops, ["server"], None),
    ("ops_gcloud_secret_version_access", "kebab", "terminal capture of `gcloud secrets versions access`", "", None, st_gcloud, ["server"], None),
    ("ops_aws_secretsmanager_value_json", "upper", "terminal capture of `aws secretsmanager get-secret-value` (JSON in SecretString)", "\"\\", None, st_awssm, ["server"], "awssm"),
    ("ops_onepassword_op_item_get", "title", "terminal capture of 1Password CLI `op item get --reveal`", "", None, st_opcli, ["owner", "server"], None),
    ("ops_railway_variables_kv", "upper", "terminal capture of `railway variables --kv`", "", None, st_railway, ["server"], None),
    ("ops_wrangler_dev_vars_file", "upper", "Cloudflare Wrangler `.dev.vars` file", "\"\\", None, st_wrangler, ["server", "dev"], None),
    ("ops_nixos_service_environment", "upper", "NixOS `systemd.services.<name>.environment` attribute set", "\"\\$", None, st_nixos, ["server"], None),
    ("ops_consul_kv_recurse_capture", "kebab", "terminal capture of `consul kv get -recurse`", "", None, st_consul, ["server", "iot"], None),
    ("ops_ansible_vault_view_output", "snake", "terminal capture of `ansible-vault view` on a vault file", "\"\\{%", None, st_ansvault, ["server"], None),
    ("ops_helm_set_string_capture", "camel", "terminal capture of `helm upgrade --set-string`", "',\\", None, st_helm, ["server"], None),
    ("iot_openhab_services_cfg", "camel", "openHAB `services/*.cfg` file in the bond-3 sensor hub", "", None, st_openhab, ["iot"], None),
    ("iot_homebridge_config_json", "camel", "Homebridge `config.json` platform block", "\"\\", None, st_homebridge, ["iot"], "json"),
    ("dev_rest_client_http_file", "camel", "VS Code REST Client `.http` file variables", "{} ", None, st_restclient, ["dev", "chat"], None),
    ("dev_mise_local_toml_env", "upper", "mise `mise.local.toml` [env] table", "\"\\{", None, st_mise, ["dev"], "toml"),
    ("dev_devcontainer_remote_env", "upper", "`.devcontainer/devcontainer.json` remoteEnv", "\"\\$", None, st_devcontainer, ["dev"], "json"),
    ("dev_serverless_provider_environment", "upper", "Serverless Framework `serverless.yml` provider.environment", "'$", None, st_serverless, ["dev", "server"], None),
    ("office_dashlane_csv_export", "title", "Dashlane credentials CSV export row", "\"", None, st_dashlane, ["owner"], "csv9"),
    ("office_firefox_logins_csv_export", "title", "Firefox `logins.csv` export row", "\"", None, st_firefox, ["owner"], "csv9"),
    ("office_chrome_passwords_csv_export", "title", "Chrome `Passwords.csv` export row", ",\"", None, st_chrome, ["owner"], "csv5"),
    ("office_imessage_exporter_txt", "spaced", "iMessage conversation exported as text (imessage-exporter)", "", None, st_imessage, ["owner", "chat"], None),
]
STYLE_BY = {s[0]: s for s in STYLES}


def _title_words(t):
    w = [x for x in t.split("_") if x != "password"]
    return w


def style_ok(style, v):
    st = STYLE_BY[style]
    if any(ch in v for ch in st[3]):
        return False
    if st[4] is not None and not st[4](v):
        return False
    return True


def syntax_ok(style, text):
    syn = STYLE_BY[style][7]
    try:
        if syn == "json":
            json.loads(text)
        elif syn == "awssm":
            outer = json.loads(text.split("\n", 1)[1])
            json.loads(outer["SecretString"])
        elif syn == "toml":
            import tomllib
            tomllib.loads(text)
        elif syn in ("csv9", "csv5"):
            import csv
            import io
            rows = list(csv.reader(io.StringIO(text)))
            if len(rows) != 2 or len(rows[0]) != len(rows[1]) or len(rows[0]) != int(syn[3:]):
                return False
        return True
    except Exception:
        return False


def build(reg, seed_values=26202, seed_styles=26212, seed_rsa=26222):
    rng = random.Random(seed_values)
    srng = random.Random(seed_styles)
    ctx = {"rsa": C.RSAKey(random.Random(seed_rsa))}
    # compatible styles per type
    usage = {s[0]: 0 for s in STYLES}
    recs = []
    order = [s[0] for s in SPECS]
    for tname in order:
        spec = SPEC_BY[tname]
        fams = spec[6]
        cands = [s[0] for s in STYLES if set(s[6]) & set(fams)]
        if spec[2] == O:
            cands = [c for c in cands if "owner" in STYLE_BY[c][6]]
        # drop styles whose forbidden characters the shape always contains
        trial = random.Random(len(tname) * 7919)
        samples = [W.gen_password(trial) if spec[2] == O else gen_shape(trial, spec[2], ctx) for _ in range(40)]
        good = [c for c in cands if sum(style_ok(c, v) for v in samples) >= 2]
        srng.shuffle(good)
        good.sort(key=lambda c: usage[c])
        style = good[0]
        usage[style] += 1
        if spec[2] == O:
            value = reg.draw(lambda: W.gen_password(rng), "vendor", ok=lambda v: style_ok(style, v))
        else:
            value = reg.draw(lambda: gen_shape(rng, spec[2], ctx), "vendor", ok=lambda v: style_ok(style, v))
        nb = spec[5]
        case = STYLE_BY[style][1]
        if case == "title":
            key = C.keyname(_title_words(tname), "title")
        else:
            key = C.keyname(tname.split("_"), case)
        nk = nv = None
        if nb:
            nv = reg.draw(lambda: gen_shape(rng, nb[1], ctx), "neighbour", ok=lambda v: style_ok(style, v))
            nwords = re.split(r"[ _-]+", nb[0])
            head = tname.split("_")[0]
            if nwords[0] != head and head not in ("aws",):
                nwords = [head] + nwords
            nk = C.keyname(nwords, case)
        tpl = STYLE_BY[style][5](rng, tname, key, nk, nv)
        tpl = tpl.replace(PH, C.V)
        if nv is not None:
            tpl = tpl.replace("QQN2QQ", nv).replace(PN, nv)
            assert tpl.count(nv) == 1
        text, s, e = C.place(tpl, value)
        recs.append({"type": tname, "container": tname + "__" + style, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": tname}],
                     "source": "vendor", "_style": style, "_neighbour": nv})
    return recs, ctx, usage
