"""Vendor token records: focus-world vendors and the services around them."""
from gen155 import G, B62, HEXD
import string

H = lambda n: (lambda g: g.hexs(n))
A = lambda n, p="": (lambda g: g.alnum(n, p))
L = lambda n, p="": (lambda g: g.lowal(n, p))
U = lambda n, p="": (lambda g: g.upal(n, p))
UU = lambda p="": (lambda g: g.uuid4(p))

CANDIDATES = [
    # blood bank / plasma / apheresis
    ("haemonetics_nexlynk_api_key", "NEXLYNK_API_KEY", A(40)),
    ("haemonetics_safetrace_client_secret", "SAFETRACE_CLIENT_SECRET", A(48)),
    ("fresenius_amicus_connect_token", "AMICUS_CONNECT_TOKEN", L(36, "amc_")),
    ("terumobct_trima_vista_api_key", "TRIMA_VISTA_API_KEY", UU()),
    ("terumobct_reveos_bridge_secret", "REVEOS_BRIDGE_SECRET", H(64)),
    ("wellsky_bloodbank_api_token", "WELLSKY_BB_API_TOKEN", lambda g: g.b64(36)),
    ("hemasoft_eprogesa_api_key", "EPROGESA_API_KEY", U(32)),
    ("bbcs_donor_portal_api_key", "BBCS_PORTAL_API_KEY", H(40)),
    ("mak_system_bloodbank_secret", "MAK_BB_CLIENT_SECRET", A(44)),
    ("grifols_diagnostic_gateway_key", "GRIFOLS_GATEWAY_KEY", UU()),
    ("immucor_echo_lis_token", "IMMUCOR_ECHO_TOKEN", H(48)),
    ("biorad_ihcom_api_key", "IHCOM_API_KEY", A(32)),
    ("orthoclinical_vision_connect_key", "ORTHO_VISION_KEY", U(40)),
    ("onelambda_hlafusion_license_key", "HLA_FUSION_LICENSE", lambda g: g.draw(lambda: "-".join(g.chars(string.ascii_uppercase + string.digits, 5) for _ in range(5)))),
    ("gendx_ngsengine_api_token", "NGSENGINE_API_TOKEN", L(40, "gdx_")),
    ("omixon_hlatwin_api_key", "HLATWIN_API_KEY", H(32)),
    ("histotrac_sync_api_key", "HISTOTRAC_API_KEY", UU()),
    ("iccbba_isbt128_portal_api_key", "ICCBBA_API_KEY", A(36)),
    ("donordock_api_key", "DONORDOCK_API_KEY", L(40, "dd_live_")),
    ("bloodhub_partner_token", "BLOODHUB_TOKEN", A(40)),
    ("hemocue_connect_api_key", "HEMOCUE_API_KEY", H(40)),
    # organ donation / transplant
    ("unos_unet_api_client_secret", "UNET_CLIENT_SECRET", A(64)),
    ("donornet_offer_api_token", "DONORNET_API_TOKEN", lambda g: g.b64(40, url=True, pad=False)),
    ("itransplant_api_key", "ITRANSPLANT_API_KEY", UU()),
    ("eurotransplant_enis_api_key", "ENIS_API_KEY", H(48)),
    ("nhsbt_odt_client_secret", "ODT_CLIENT_SECRET", A(40)),
    ("organox_metra_cloud_key", "METRA_CLOUD_KEY", A(32, "ox_")),
    ("transmedics_ocs_portal_token", "OCS_PORTAL_TOKEN", H(56)),
    ("xvivo_perfusion_api_key", "XVIVO_API_KEY", UU()),
    ("paragonix_sherpa_api_key", "SHERPA_API_KEY", L(32, "pgx_")),
    ("tigerconnect_api_secret", "TIGERCONNECT_API_SECRET", A(48)),
    ("vocera_engage_api_key", "VOCERA_API_KEY", H(40)),
    ("amion_schedule_api_key", "AMION_API_KEY", L(24)),
    ("qgenda_api_token", "QGENDA_API_TOKEN", lambda g: g.b64(32)),
    # cold chain
    ("sensitech_coldstream_api_key", "COLDSTREAM_API_KEY", H(32)),
    ("controlant_saga_api_token", "SAGA_API_TOKEN", A(48)),
    ("tive_api_client_secret", "TIVE_CLIENT_SECRET", A(40)),
    ("monnit_imonnit_api_secret", "IMONNIT_API_SECRET", A(32)),
    ("rees_centron_api_key", "CENTRON_API_KEY", UU()),
    ("xiltrix_api_token", "XILTRIX_API_TOKEN", H(40)),
    ("temptrak_api_key", "TEMPTRAK_API_KEY", U(28)),
    ("elpro_elprocloud_api_key", "ELPROCLOUD_API_KEY", L(48)),
    ("logtag_online_api_key", "LOGTAG_ONLINE_KEY", UU()),
    ("berlinger_smartview_token", "SMARTVIEW_TOKEN", A(36)),
    ("roambee_api_key", "ROAMBEE_API_KEY", H(32)),
    ("hobolink_client_secret", "HOBOLINK_CLIENT_SECRET", A(40)),
    ("sonicu_soundsensor_api_key", "SONICU_API_KEY", A(30)),
    ("digi_smartsense_api_token", "SMARTSENSE_API_TOKEN", H(64)),
    ("emerson_oversight_api_key", "OVERSIGHT_API_KEY", UU()),
    ("cryoport_smartpak_api_key", "CRYOPORT_API_KEY", A(40)),
    # couriers / dispatch / drones
    ("mnx_global_api_key", "MNX_API_KEY", A(32)),
    ("quickstat_courier_api_token", "QUICKSTAT_API_TOKEN", H(40)),
    ("marken_tracking_client_secret", "MARKEN_CLIENT_SECRET", A(44)),
    ("worldcourier_api_key", "WORLDCOURIER_API_KEY", UU()),
    ("medspeed_dispatch_api_key", "MEDSPEED_API_KEY", L(36)),
    ("onfleet_api_key", "ONFLEET_API_KEY", H(32)),
    ("shipday_api_key", "SHIPDAY_API_KEY", A(26)),
    ("dispatchtrack_api_key", "DISPATCHTRACK_API_KEY", H(40)),
    ("uberdirect_client_secret", "UBER_DIRECT_CLIENT_SECRET", A(40)),
    ("doordash_drive_signing_secret", "DOORDASH_SIGNING_SECRET", lambda g: g.b64(32, url=True, pad=False)),
    ("stuart_client_secret", "STUART_CLIENT_SECRET", H(64)),
    ("lalamove_api_secret", "LALAMOVE_API_SECRET", A(32, "sk_prod_")),
    ("zipline_fly_api_key", "ZIPLINE_API_KEY", L(40, "zl_")),
    ("matternet_cloud_api_key", "MATTERNET_API_KEY", UU()),
    ("swoopaero_api_token", "SWOOP_AERO_TOKEN", A(40)),
    ("samsara_api_token", "SAMSARA_API_TOKEN", A(30, "samsara_api_")),
    ("motive_api_key", "MOTIVE_API_KEY", UU()),
    # label printing / scanning
    ("zebra_savanna_api_key", "SAVANNA_API_KEY", A(32)),
    ("sato_app_api_key", "SATO_APP_API_KEY", H(32)),
    ("brady_workstation_license_key", "BRADY_LICENSE_KEY", lambda g: g.draw(lambda: "-".join(g.chars(string.ascii_uppercase + string.digits, 4) for _ in range(6)))),
    ("scandit_license_key", "SCANDIT_LICENSE_KEY", lambda g: g.b64(120)),
    ("dynamsoft_barcode_license", "DYNAMSOFT_LICENSE", lambda g: g.draw(lambda: "t0068" + g.chars(B62 + "_-", 80))),
    # scheduling / healthcare interop
    ("calendly_personal_access_token", "CALENDLY_PAT", lambda g: g.jwt({"iss": "https://auth.calendly.com", "scope": "default"})),
    ("acuityscheduling_api_key", "ACUITY_API_KEY", H(32)),
    ("setmore_refresh_token", "SETMORE_REFRESH_TOKEN", A(40, "r1/")),
    ("simplybook_api_key", "SIMPLYBOOK_API_KEY", H(64)),
    ("nexhealth_api_key", "NEXHEALTH_API_KEY", L(40, "dev-")),
    ("healthie_api_key", "HEALTHIE_API_KEY", A(48, "gh_sbox_")),
    ("lumahealth_api_key", "LUMA_API_KEY", H(40)),
    ("redox_client_secret", "REDOX_CLIENT_SECRET", A(64)),
    ("healthgorilla_client_secret", "HEALTH_GORILLA_SECRET", A(32)),
    ("metriport_api_key", "METRIPORT_API_KEY", lambda g: g.b64(48, pad=False)),
    ("medplum_client_secret", "MEDPLUM_CLIENT_SECRET", H(64)),
    ("athenahealth_client_secret", "ATHENA_CLIENT_SECRET", A(40)),
    ("drchrono_client_secret", "DRCHRONO_CLIENT_SECRET", A(128)),
    ("elation_client_secret", "ELATION_CLIENT_SECRET", A(128)),
    ("kno2_api_key", "KNO2_API_KEY", UU()),
    # messaging / email
    ("sendgrid_api_key", "SENDGRID_API_KEY", lambda g: g.draw(lambda: "SG." + g.chars(B62 + "_-", 22) + "." + g.chars(B62 + "_-", 43))),
    ("brevo_api_key", "BREVO_API_KEY", lambda g: g.draw(lambda: "xkeysib-" + g.chars(HEXD, 64) + "-" + g.chars(B62, 16))),
    ("mailchimp_marketing_api_key", "MAILCHIMP_API_KEY", lambda g: g.draw(lambda: g.chars(HEXD, 32) + "-us" + str(g.r.randint(2, 21)))),
    ("mandrill_api_key", "MANDRILL_API_KEY", A(22, "md-")),
    ("resend_api_key", "RESEND_API_KEY", lambda g: g.draw(lambda: "re_" + g.chars(B62, 8) + "_" + g.chars(B62, 24))),
    ("smtp2go_api_key", "SMTP2GO_API_KEY", H(32)),
    ("mailtrap_api_token", "MAILTRAP_API_TOKEN", H(32)),
    ("telnyx_api_key", "TELNYX_API_KEY", lambda g: g.draw(lambda: "KEY" + g.chars(string.digits + string.ascii_uppercase, 32) + "_" + g.chars(B62, 22))),
    ("sinch_api_token", "SINCH_API_TOKEN", H(32)),
    ("bandwidth_api_password", "BANDWIDTH_API_PASSWORD", A(24)),
    ("clicksend_api_key", "CLICKSEND_API_KEY", U(36)),
    ("textmagic_api_key", "TEXTMAGIC_API_KEY", A(30)),
    ("esendex_api_password", "ESENDEX_API_PASSWORD", H(32)),
    ("africastalking_api_key", "AT_API_KEY", lambda g: g.draw(lambda: "atsk_" + g.chars(HEXD, 64))),
    ("termii_api_key", "TERMII_API_KEY", L(60, "TL")),
    ("slack_bot_token", "SLACK_BOT_TOKEN", lambda g: g.draw(lambda: "xoxb-" + g.chars(string.digits, 12) + "-" + g.chars(string.digits, 13) + "-" + g.chars(B62, 24))),
    ("discord_bot_token", "DISCORD_BOT_TOKEN", lambda g: g.draw(lambda: "M" + g.chars(B62, 23) + "." + g.chars(B62 + "_-", 6) + "." + g.chars(B62 + "_-", 38))),
    ("pushover_app_token", "PUSHOVER_APP_TOKEN", L(30, "a")),
    # AI
    ("openai_project_api_key", "OPENAI_API_KEY", lambda g: g.draw(lambda: "sk-proj-" + g.chars(B62 + "_-", 156))),
    ("groq_api_key", "GROQ_API_KEY", A(52, "gsk_")),
    ("huggingface_access_token", "HF_TOKEN", A(34, "hf_")),
    ("replicate_api_token", "REPLICATE_API_TOKEN", A(37, "r8_")),
    ("perplexity_api_key", "PERPLEXITY_API_KEY", A(48, "pplx-")),
    ("pinecone_api_key", "PINECONE_API_KEY", lambda g: g.draw(lambda: "pcsk_" + g.chars(B62, 6) + "_" + g.chars(B62, 63))),
    ("xai_api_key", "XAI_API_KEY", A(80, "xai-")),
    ("togetherai_api_key", "TOGETHER_API_KEY", H(64)),
    ("voyageai_api_key", "VOYAGE_API_KEY", lambda g: g.draw(lambda: "pa-" + g.chars(B62 + "_-", 43))),
    ("gemini_api_key", "GEMINI_API_KEY", lambda g: g.draw(lambda: "AIza" + g.chars(B62 + "_-", 35))),
    # dev / cloud / payments
    ("github_personal_access_token", "GH_PAT", lambda g: g.github_like("ghp_")),
    ("github_actions_install_token", "GITHUB_APP_INSTALL_TOKEN", lambda g: g.github_like("ghs_")),
    ("gitlab_personal_access_token", "GITLAB_PAT", lambda g: g.draw(lambda: "glpat-" + g.chars(B62 + "_-", 20))),
    ("gitlab_pipeline_trigger_token", "GITLAB_TRIGGER_TOKEN", lambda g: g.draw(lambda: "glptt-" + g.chars(HEXD, 40))),
    ("airtable_personal_access_token", "AIRTABLE_PAT", lambda g: g.draw(lambda: "pat" + g.chars(B62, 14) + "." + g.chars(HEXD, 64))),
    ("age_secret_key", "SOPS_AGE_KEY", lambda g: g.draw(lambda: "AGE-SECRET-KEY-1" + g.chars("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58))),
    ("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", lambda g: g.draw(lambda: g.chars(B62 + "/+", 40))),
    ("stripe_live_secret_key", "STRIPE_SECRET_KEY", A(99, "sk_live_51")),
    ("stripe_restricted_key", "STRIPE_RESTRICTED_KEY", A(99, "rk_live_51")),
    ("square_access_token", "SQUARE_ACCESS_TOKEN", lambda g: g.draw(lambda: "EAAA" + g.chars(B62 + "_-", 60))),
    ("braintree_access_token", "BRAINTREE_ACCESS_TOKEN", lambda g: g.draw(lambda: "access_token$production$" + g.chars(LOWX, 16) + "$" + g.chars(HEXD, 32))),
    ("shopify_admin_access_token", "SHOPIFY_ADMIN_TOKEN", lambda g: g.draw(lambda: "shpat_" + g.chars(HEXD, 32))),
    ("linear_api_key", "LINEAR_API_KEY", A(40, "lin_api_")),
    ("notion_integration_secret", "NOTION_TOKEN", A(46, "ntn_")),
    ("figma_personal_access_token", "FIGMA_TOKEN", lambda g: g.draw(lambda: "figd_" + g.chars(B62 + "_-", 40))),
    ("atlassian_api_token", "JIRA_API_TOKEN", lambda g: g.draw(lambda: "ATATT3xFfGF0" + g.chars(B62 + "_-", 170) + "=" + g.chars(HEXD.upper(), 8))),
    ("sentry_org_auth_token", "SENTRY_AUTH_TOKEN", lambda g: g.draw(lambda: "sntrys_eyJ" + g.chars(B62 + "_-", 117))),
    ("grafana_service_account_token", "GRAFANA_SA_TOKEN", lambda g: g.draw(lambda: "glsa_" + g.chars(B62, 32) + "_" + g.chars(HEXD, 8))),
    ("datadog_api_key", "DD_API_KEY", H(32)),
    ("honeycomb_api_key", "HONEYCOMB_API_KEY", A(22)),
    ("pagerduty_api_key", "PAGERDUTY_API_KEY", lambda g: g.draw(lambda: "u+" + g.chars(B62 + "_-", 18))),
    ("cloudflare_api_token", "CLOUDFLARE_API_TOKEN", lambda g: g.draw(lambda: g.chars(B62 + "_-", 40))),
    ("flyio_access_token", "FLY_API_TOKEN", lambda g: g.draw(lambda: "fo1_" + g.chars(B62 + "_-", 43))),
    ("heroku_api_key", "HEROKU_API_KEY", lambda g: g.draw(lambda: "HRKU-AA" + g.chars(B62 + "_-", 58))),
    ("terraformcloud_api_token", "TFE_TOKEN", lambda g: g.draw(lambda: g.chars(B62, 14) + ".atlasv1." + g.chars(B62, 67))),
    ("ngrok_authtoken", "NGROK_AUTHTOKEN", lambda g: g.draw(lambda: g.chars(B62, 27) + "_" + g.chars(B62, 21))),
]
LOWX = string.ascii_lowercase + string.digits

STYLES = [
    ("donor_api_nomad_job_env_hcl", lambda k, v: ('job "donor-api" {\n  group "api" {\n    task "web" {\n      env {\n        ' + k + ' = "', v, '"\n      }\n    }\n  }\n}\n')),
    ("bbis_java_system_property_flag", lambda k, v: ('java -Dbbis.site=CENTRAL -D' + k.lower().replace("_", ".") + '=', v, ' -jar bbis-bridge.jar\n')),
    ("courier_cli_fish_set_gx", lambda k, v: ('# ~/.config/fish/conf.d/courier.fish\nset -gx ' + k + ' ', v, '\n')),
    ("registry_ansible_group_vars_plain", lambda k, v: ('# group_vars/registry.yml (TODO encrypt)\nregistry_env: prod\n' + k.lower() + ': "', v, '"\n')),
    ("cold_chain_cdk_typescript_const", lambda k, v: ("// lib/cold-chain-stack.ts\nconst " + k + " = '", v, "';\nnew lambda.Function(this, 'Ingest', { environment: { " + k + " } });\n")),
    ("transplant_app_swift_let", lambda k, v: ('// Config.swift\nlet ' + "".join(w.capitalize() if i else w.lower() for i, w in enumerate(k.split("_"))) + ' = "', v, '"\n')),
    ("plasma_ops_slack_huddle_paste", lambda k, v: ('Huddle notes (plasma ops) – Jorge: set ' + k + ' to ', v, ' on staging for now, we rotate after go-live\n')),
    ("specimen_svc_docker_secret_cat", lambda k, v: ('$ docker exec specimen-svc cat /run/secrets/' + k.lower() + '\n', v, '\n')),
    ("hla_pipeline_nextflow_params", lambda k, v: ('params {\n  outdir = "results"\n  ' + k.lower() + " = '", v, "'\n}\n")),
    ("donor_web_astro_env_ts", lambda k, v: ('// src/env.ts (astro:env fallback)\nexport const ' + k + ' = import.meta.env.' + k + ' ?? "', v, '";\n')),
]


def build_with(reg, denied_brand, seed=15502, cap=120):
    g = G(seed, reg)
    kept, dropped, tail = [], [], []
    for t, k, fn in CANDIDATES:
        if denied_brand(t.split("_")[0]):
            dropped.append(t)
            continue
        if len(kept) >= cap:
            tail.append(t)
            continue
        kept.append((t, k, fn))
    out = []
    for i, (t, k, fn) in enumerate(kept):
        v = fn(g)
        sname, sf = STYLES[i % len(STYLES)]
        pre, _, post = sf(k, v)
        out.append({"type": t, "container": t + "__" + sname, "text": pre + v + post,
                    "secrets": [{"value": v, "start": len(pre), "end": len(pre) + len(v), "type": t}],
                    "source": "vendor"})
    return out, dropped, tail
