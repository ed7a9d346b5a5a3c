"""Vendor records: 120 vendor credential types used by fire / EMS / dispatch developers."""
import string

from common165 import (ALNUM, HEXD, MARK, LOWER_DIGITS, b64, b64url, b64url_json, fill,
                       github_token, hexs, jwt, password, rstr, span_record, style,
                       uuid4, words_of)

UP = string.ascii_uppercase
UPD = string.ascii_uppercase + string.digits
LO = string.ascii_lowercase
B64A = string.ascii_letters + string.digits + "+/"
URLA = ALNUM + "-_"


def _b64text(s):
    import base64
    return base64.b64encode(s.encode()).decode()


def _b64bytes(b):
    import base64
    return base64.b64encode(b).decode()


def _anthropic(r, kind):
    return "sk-ant-%s-" % kind + rstr(r, URLA, 93) + "AA"


def _openai_admin(r):
    return "sk-admin-" + rstr(r, URLA, 58) + "T3BlbkFJ" + rstr(r, URLA, 58)


def _pypi(r):
    return "pypi-AgEIcHlwaS5vcmc" + b64url(r, 60)


def _ops(r):
    payload = {"signInAddress": "countyfire.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64url(r, 16)}, "email": rstr(r, LO, 26) + "@1passwordserviceaccounts.com", "srpX": hexs(r, 64), "muk": {"alg": "A256GCM", "ext": True, "k": b64url(r, 32), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rstr(r, UPD, 6) + "-" + rstr(r, UPD, 11) + "-" + rstr(r, UPD, 5) + "-" + rstr(r, UPD, 5) + "-" + rstr(r, UPD, 5), "throttleSecret": {"seed": hexs(r, 64), "deviceUuid": rstr(r, LOWER_DIGITS, 26)}, "deviceUuid": rstr(r, LOWER_DIGITS, 26)}
    import base64, json
    return "ops_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()


def _zello(r):
    return jwt(r, {"iss": "countyfire-ptt", "exp": 1767225600}, alg="RS256")


def _mapbox_secret(r):
    return "sk." + b64url_json({"u": "countyfire-gis", "a": rstr(r, LOWER_DIGITS, 25)}) + "." + rstr(r, ALNUM + "-_", 22)


def _telegram(r):
    return str(r.randint(10 ** 9, 8 * 10 ** 9)) + ":AA" + rstr(r, URLA, 33)


def _teams_webhook(r):
    return ("https://countyfire.webhook.office.com/webhookb2/" + uuid4(r) + "@" + uuid4(r)
            + "/IncomingWebhook/" + hexs(r, 32) + "/" + uuid4(r))


def _discord_webhook(r):
    return "https://discord.com/api/webhooks/" + str(r.randint(10 ** 17, 10 ** 18 - 1)) + "/" + rstr(r, URLA, 68)


def _fcm_legacy(r):
    return "AAAA" + rstr(r, URLA, 7) + ":APA91b" + rstr(r, URLA, 134)


def _azure_secret(r):
    return rstr(r, ALNUM, 3) + str(r.randint(0, 9)) + "Q~" + rstr(r, ALNUM + "_~.-", 34)


# (type, generator). First 120 that pass the deny-list check are used.
CANDIDATES = [
    # fire / EMS / dispatch vendors (shapes mostly guessed)
    ("active911_api_key", lambda r: rstr(r, ALNUM, 32)),
    ("iamresponding_integration_key", lambda r: rstr(r, UPD, 8) + "-" + rstr(r, UPD, 8) + "-" + rstr(r, UPD, 8)),
    ("firstdue_api_token", lambda r: rstr(r, ALNUM, 48)),
    ("imagetrend_elite_api_key", lambda r: uuid4(r)),
    ("eso_ehr_client_secret", lambda r: b64url(r, 32)),
    ("zoll_rescuenet_client_secret", lambda r: rstr(r, ALNUM, 40)),
    ("emergency_reporting_api_key", lambda r: hexs(r, 40)),
    ("tyler_newworld_cad_api_key", lambda r: rstr(r, UPD, 32)),
    ("centralsquare_api_client_secret", lambda r: b64(r, 33)),
    ("hexagon_oncall_cad_api_key", lambda r: hexs(r, 48)),
    ("motorola_commandcentral_client_secret", lambda r: rstr(r, ALNUM, 44)),
    ("rapidsos_client_secret", lambda r: rstr(r, ALNUM, 32)),
    ("rave_mobile_safety_api_key", lambda r: rstr(r, ALNUM, 36)),
    ("carbyne_apex_api_key", lambda r: "cbn_" + rstr(r, ALNUM, 40)),
    ("prepared911_api_token", lambda r: rstr(r, ALNUM, 52)),
    ("everbridge_api_password", lambda r: password(r)),
    ("pulsepoint_api_key", lambda r: hexs(r, 32)),
    ("vector_scheduling_api_key", lambda r: rstr(r, ALNUM, 40)),
    ("aladtec_api_key", lambda r: hexs(r, 32)),
    ("crewsense_api_token", lambda r: rstr(r, ALNUM, 40)),
    ("ukg_telestaff_client_secret", lambda r: b64url(r, 40)),
    ("zetron_max_dispatch_api_key", lambda r: rstr(r, UPD, 24)),
    ("usdd_phoenix_g2_api_key", lambda r: hexs(r, 32)),
    ("bryx911_api_key", lambda r: rstr(r, ALNUM, 40)),
    ("tablet_command_api_key", lambda r: uuid4(r)),
    ("pulsara_api_secret", lambda r: rstr(r, ALNUM, 48)),
    ("twiage_api_key", lambda r: rstr(r, ALNUM, 32)),
    ("esri_arcgis_location_api_key", lambda r: "AAPK" + hexs(r, 32) + rstr(r, URLA, 64)),
    ("esri_arcgis_app_client_secret", lambda r: hexs(r, 32)),
    ("intrado_ali_gateway_api_key", lambda r: rstr(r, ALNUM, 40)),
    ("comtech_ng911_client_secret", lambda r: b64(r, 30)),
    ("solacom_guardian_api_key", lambda r: hexs(r, 40)),
    ("motorola_vesta_api_key", lambda r: rstr(r, ALNUM, 36)),
    ("avtec_scout_api_token", lambda r: rstr(r, ALNUM, 40)),
    ("zello_work_api_key", lambda r: rstr(r, ALNUM, 32)),
    ("zello_dev_token", _zello),
    ("geotab_mygeotab_password", lambda r: password(r)),
    ("verizon_connect_reveal_api_secret", lambda r: rstr(r, ALNUM, 32)),
    ("calamp_telematics_api_key", lambda r: hexs(r, 32)),
    ("cradlepoint_ncm_ecm_api_key", lambda r: hexs(r, 40)),
    ("peplink_incontrol_client_secret", lambda r: rstr(r, ALNUM, 32)),
    ("sierra_airvantage_client_secret", lambda r: hexs(r, 32)),
    ("fleetio_api_token", lambda r: hexs(r, 40)),
    ("stryker_lifenet_api_key", lambda r: rstr(r, ALNUM, 32)),
    ("neris_api_client_secret", lambda r: rstr(r, ALNUM, 48)),
    ("samsara_webhook_secret", lambda r: b64(r, 32)),
    ("onsolve_codered_api_key", lambda r: rstr(r, ALNUM, 32)),
    # payments / commerce
    ("stripe_live_secret_key", lambda r: "sk_live_" + rstr(r, ALNUM, 99)),
    ("stripe_restricted_api_key", lambda r: "rk_live_" + rstr(r, ALNUM, 99)),
    ("stripe_webhook_signing_secret", lambda r: "whsec_" + rstr(r, ALNUM, 32)),
    ("paypal_rest_client_secret", lambda r: "E" + rstr(r, URLA, 79)),
    ("braintree_private_key", lambda r: hexs(r, 32)),
    ("authorize_net_transaction_key", lambda r: rstr(r, ALNUM, 16)),
    ("adyen_api_key", lambda r: "AQE" + rstr(r, ALNUM, 60) + "=-" + rstr(r, ALNUM, 43) + "=-" + rstr(r, ALNUM, 16)),
    # messaging / paging
    ("twilio_auth_token", lambda r: hexs(r, 32)),
    ("twilio_api_key_secret", lambda r: rstr(r, ALNUM, 32)),
    ("vonage_api_secret", lambda r: rstr(r, ALNUM, 16)),
    ("plivo_auth_token", lambda r: rstr(r, ALNUM, 40)),
    ("slack_app_signing_secret", lambda r: hexs(r, 32)),
    ("slack_user_oauth_token", lambda r: "xoxp-" + str(r.randint(10 ** 10, 10 ** 11)) + "-" + str(r.randint(10 ** 10, 10 ** 11)) + "-" + str(r.randint(10 ** 12, 10 ** 13)) + "-" + hexs(r, 32)),
    ("discord_webhook_url", _discord_webhook),
    ("msteams_incoming_webhook_url", _teams_webhook),
    ("mattermost_personal_access_token", lambda r: rstr(r, LOWER_DIGITS, 26)),
    ("telegram_bot_api_token", _telegram),
    ("pushover_application_token", lambda r: "a" + rstr(r, LOWER_DIGITS, 29)),
    ("pusher_channels_app_secret", lambda r: hexs(r, 20)),
    ("ably_root_api_key", lambda r: rstr(r, ALNUM, 6) + "." + rstr(r, ALNUM, 6) + ":" + rstr(r, URLA, 43)),
    ("onesignal_rest_api_key", lambda r: "os_v2_app_" + rstr(r, LO + "234567", 113)),
    ("firebase_fcm_legacy_server_key", _fcm_legacy),
    ("postmark_server_token", lambda r: uuid4(r)),
    ("mailjet_api_secret", lambda r: hexs(r, 32)),
    ("sparkpost_api_key", lambda r: hexs(r, 40)),
    ("mailersend_api_token", lambda r: "mlsn." + hexs(r, 64)),
    ("amazon_ses_smtp_password", lambda r: _b64bytes(bytes([4]) + bytes(r.getrandbits(8) for _ in range(32)))),
    # AI
    ("anthropic_api_key", lambda r: _anthropic(r, "api03")),
    ("anthropic_admin_api_key", lambda r: _anthropic(r, "admin01")),
    ("openai_admin_key", _openai_admin),
    ("mistral_api_key", lambda r: rstr(r, ALNUM, 32)),
    ("cohere_api_key", lambda r: rstr(r, ALNUM, 40)),
    ("deepseek_api_key", lambda r: "sk-" + hexs(r, 32)),
    ("google_ai_studio_api_key", lambda r: "AIza" + rstr(r, URLA, 35)),
    ("fireworks_ai_api_key", lambda r: "fw_" + rstr(r, ALNUM, 24)),
    ("openrouter_api_key", lambda r: "sk-or-v1-" + hexs(r, 64)),
    ("elevenlabs_api_key", lambda r: "sk_" + hexs(r, 48)),
    ("assemblyai_api_key", lambda r: hexs(r, 32)),
    ("deepgram_api_key", lambda r: hexs(r, 40)),
    ("langfuse_secret_key", lambda r: "sk-lf-" + uuid4(r)),
    ("azure_openai_api_key", lambda r: hexs(r, 32)),
    # developer
    ("github_oauth_access_token", lambda r: github_token(r, "gho_")),
    ("github_app_installation_token", lambda r: github_token(r, "ghs_")),
    ("gitlab_runner_authentication_token", lambda r: "glrt-" + rstr(r, URLA, 20)),
    ("gitlab_pipeline_trigger_token", lambda r: "glptt-" + hexs(r, 40)),
    ("gitlab_deploy_token", lambda r: "gldt-" + rstr(r, URLA, 20)),
    ("bitbucket_app_password", lambda r: "ATBB" + rstr(r, ALNUM, 32) + hexs(r, 8).upper()),
    ("npm_access_token", lambda r: "npm_" + rstr(r, ALNUM, 36)),
    ("pypi_upload_token", _pypi),
    ("docker_hub_personal_access_token", lambda r: "dckr_pat_" + rstr(r, URLA, 27)),
    ("buildkite_api_access_token", lambda r: "bkua_" + hexs(r, 40)),
    ("sonarqube_user_token", lambda r: "squ_" + hexs(r, 40)),
    ("jfrog_artifactory_api_key", lambda r: "AKCp" + rstr(r, ALNUM, 69)),
    ("rubygems_api_key", lambda r: "rubygems_" + hexs(r, 48)),
    ("databricks_personal_access_token", lambda r: "dapi" + hexs(r, 32)),
    ("readme_api_key", lambda r: "rdme_" + rstr(r, LOWER_DIGITS, 70)),
    ("prefect_api_key", lambda r: "pnu_" + rstr(r, ALNUM, 36)),
    ("vault_service_token", lambda r: "hvs." + rstr(r, URLA, 95)),
    ("doppler_personal_token", lambda r: "dp.pt." + rstr(r, ALNUM, 43)),
    ("onepassword_service_account_token", _ops),
    ("azure_devops_personal_access_token", lambda r: rstr(r, LO + "234567", 52)),
    ("octopus_deploy_api_key", lambda r: "API-" + rstr(r, UPD, 26)),
    ("snyk_api_token", lambda r: uuid4(r)),
    ("expo_access_token", lambda r: rstr(r, URLA, 40)),
    ("entra_id_app_client_secret", _azure_secret),
    # ops / observability / infra
    ("new_relic_user_api_key", lambda r: "NRAK-" + rstr(r, UPD, 27)),
    ("new_relic_insert_key", lambda r: "NRII-" + rstr(r, URLA, 32)),
    ("dynatrace_api_token", lambda r: "dt0c01." + rstr(r, UPD, 24) + "." + rstr(r, UPD, 64)),
    ("splunk_hec_token", lambda r: uuid4(r)),
    ("sumologic_access_key", lambda r: rstr(r, ALNUM, 64)),
    ("opsgenie_api_key", lambda r: uuid4(r)),
    ("betterstack_source_token", lambda r: rstr(r, ALNUM, 24)),
    ("elastic_cloud_api_key", lambda r: _b64text(rstr(r, URLA, 20) + ":" + rstr(r, URLA, 22))),
    ("digitalocean_personal_access_token", lambda r: "dop_v1_" + hexs(r, 64)),
    ("linode_personal_access_token", lambda r: hexs(r, 64)),
    ("tailscale_auth_key", lambda r: "tskey-auth-" + rstr(r, ALNUM, 17) + "-" + rstr(r, ALNUM, 33)),
    ("ngrok_authtoken", lambda r: "2" + rstr(r, ALNUM, 26) + "_" + rstr(r, ALNUM, 21)),
    ("cloudflare_global_api_key", lambda r: hexs(r, 37)),
    ("mapbox_secret_access_token", _mapbox_secret),
    ("smartsheet_api_access_token", lambda r: rstr(r, ALNUM, 37)),
    ("dropbox_short_lived_token", lambda r: "sl." + rstr(r, URLA, 135)),
    ("box_developer_token", lambda r: rstr(r, ALNUM, 32)),
    ("easypost_api_key", lambda r: "EZAK" + rstr(r, LOWER_DIGITS, 54)),
    ("clickhouse_cloud_api_secret", lambda r: "4b1d" + rstr(r, ALNUM, 38)),
]

K = "\u27e6K\u27e7"
STYLES = [
    ("station_alerting_dotenv_production", "upper",
     "# .env.production -- station alerting relay\nNODE_ENV=production\n⟦K⟧=⟦V⟧\n"),
    ("cad_interface_aws_ssm_put_parameter_history", "kebab",
     "  412  aws ssm put-parameter --name /dispatch/cad-interface/⟦K⟧ --type SecureString --value '⟦V⟧' --overwrite\n  413  aws ssm get-parameters-by-path --path /dispatch/cad-interface --query 'Parameters[].Name'\n"),
    ("epcr_gh_secret_set_history", "upper",
     "$ gh secret set ⟦K⟧ --repo countyems/epcr-sync --body '⟦V⟧'\n✓ Set Actions secret ⟦K⟧ for countyems/epcr-sync\n"),
    ("apparatus_router_startup_script_sh", "upper",
     "#!/bin/sh\n# rc.local on the apparatus router (Engine 14)\nexport ⟦K⟧='⟦V⟧'\n/usr/bin/mdt-relay --unit E14 &\n"),
    ("dispatch_kustomize_secret_generator_literals", "upper",
     "secretGenerator:\n  - name: dispatch-integrations\n    literals:\n      - ⟦K⟧=⟦V⟧\n    options:\n      disableNameSuffixHash: true\n"),
    ("records_mgmt_appsettings_development_json", "pascal",
     '{\n  "Integrations": {\n    "⟦K⟧": "⟦V⟧",\n    "TimeoutSeconds": 30\n  }\n}\n'),
    ("gis_team_python_settings_module", "upper",
     '"""settings_local.py -- hydrant and pre-plan tooling"""\nDEBUG = False\n⟦K⟧ = "⟦V⟧"\n'),
    ("alerting_ops_mattermost_channel_paste", "spaced",
     "@channel the new ⟦K⟧ for the paging bridge is ⟦V⟧ -- old one is dead as of shift change.\n"),
    ("nemsis_bridge_compose_override_env", "upper",
     "services:\n  nemsis-bridge:\n    environment:\n      ⟦K⟧: \"⟦V⟧\"\n      LOG_LEVEL: info\n"),
    ("cad_admin_powershell_setx_history", "upper",
     'PS C:\\CAD> setx ⟦K⟧ "⟦V⟧" /M\n\nSUCCESS: Specified value was saved.\n'),
]


def build(rng, registry, start_index, deny_names, deny_hit):
    kept, dropped = [], []
    for t, gen in CANDIDATES:
        if deny_hit(t, deny_names):
            dropped.append(t)
        elif len(kept) < 120:
            kept.append((t, gen))
    unused = [t for t, _ in CANDIDATES if t not in dropped and t not in [k for k, _ in kept]]
    recs = []
    n = start_index
    for i, (t, gen) in enumerate(kept):
        sname, st, tmpl = STYLES[(i * 3 + i // 10) % len(STYLES)]
        value = registry.draw(gen, rng)
        key = style(words_of(t), st)
        text = fill(tmpl, K=key)
        n += 1
        recs.append(span_record("p165-s-%04d" % n, t, t + "__" + sname, text, value, "vendor"))
    return recs, dropped, unused
