"""Vendor token types: corrections-world vendors and beyond, each in a realistic container."""
import string
from gen158 import rs, hexs, b64, uuid4, ALNUM, HEXL, github_style, jwt_like

U = string.ascii_uppercase
D = string.digits
LA = string.ascii_lowercase + D
UD = U + D


def g(fn):
    return fn


# (type, key name, generator(rng))
CANDIDATES = [
    ("securus_connect_api_key", "SECURUS_CONNECT_API_KEY", lambda r: "sec_live_" + rs(r, ALNUM, 40)),
    ("securus_emessaging_client_secret", "SECURUS_EMESSAGING_CLIENT_SECRET", lambda r: rs(r, ALNUM, 48)),
    ("viapath_gtl_partner_token", "VIAPATH_PARTNER_TOKEN", lambda r: "vpt_" + rs(r, ALNUM, 44)),
    ("viapath_tablet_mdm_key", "VIAPATH_TABLET_MDM_KEY", lambda r: hexs(r, 48)),
    ("icsolutions_enforcer_api_key", "ICS_ENFORCER_API_KEY", lambda r: uuid4(r)),
    ("ncic_inmate_phone_api_secret", "NCIC_PHONE_API_SECRET", lambda r: rs(r, ALNUM, 32)),
    ("smartcommunications_mailguard_token", "MAILGUARD_API_TOKEN", lambda r: "mg_" + hexs(r, 40)),
    ("jpay_media_partner_key", "JPAY_PARTNER_KEY", lambda r: rs(r, UD, 32)),
    ("techfriends_jailatm_api_key", "JAILATM_API_KEY", lambda r: hexs(r, 32)),
    ("edovo_learning_api_token", "EDOVO_API_TOKEN", lambda r: b64(r, 32, True, False)),
    ("paytel_calling_api_key", "PAYTEL_API_KEY", lambda r: rs(r, ALNUM, 36)),
    ("keefe_kcn_commissary_api_key", "KEEFE_KCN_API_KEY", lambda r: hexs(r, 40)),
    ("unionsupply_direct_api_secret", "UNION_SUPPLY_API_SECRET", lambda r: rs(r, ALNUM, 40)),
    ("trinity_services_menu_api_key", "TRINITY_MENU_API_KEY", lambda r: uuid4(r)),
    ("aramark_correctional_api_secret", "ARAMARK_CORR_API_SECRET", lambda r: b64(r, 36)),
    ("accesscorrections_deposit_api_key", "ACCESS_CORRECTIONS_API_KEY", lambda r: "ac_" + rs(r, ALNUM, 40)),
    ("touchpay_kiosk_merchant_secret", "TOUCHPAY_MERCHANT_SECRET", lambda r: hexs(r, 64)),
    ("stellar_services_trust_api_key", "STELLAR_TRUST_API_KEY", lambda r: rs(r, UD, 40)),
    ("numi_release_card_api_secret", "NUMI_CARD_API_SECRET", lambda r: rs(r, ALNUM, 44)),
    ("rapid_financial_payout_api_key", "RAPID_PAYOUT_API_KEY", lambda r: hexs(r, 32)),
    ("tylertech_odyssey_api_secret", "ODYSSEY_API_SECRET", lambda r: b64(r, 48)),
    ("tylertech_enterprise_justice_key", "ENTERPRISE_JUSTICE_KEY", lambda r: uuid4(r)),
    ("journaltech_ecourt_client_secret", "ECOURT_CLIENT_SECRET", lambda r: rs(r, ALNUM, 48)),
    ("equivant_compas_api_key", "COMPAS_API_KEY", lambda r: hexs(r, 40)),
    ("centralsquare_jail_api_token", "CENTRALSQUARE_API_TOKEN", lambda r: "csq_" + rs(r, ALNUM, 40)),
    ("guardianrfid_mobile_api_key", "GUARDIAN_RFID_API_KEY", lambda r: rs(r, UD, 36)),
    ("omnigo_records_api_secret", "OMNIGO_API_SECRET", lambda r: hexs(r, 48)),
    ("atims_jms_integration_key", "ATIMS_INTEGRATION_KEY", lambda r: uuid4(r)),
    ("zuercher_suite_api_token", "ZUERCHER_API_TOKEN", lambda r: b64(r, 30, True, False)),
    ("spillman_flex_api_key", "SPILLMAN_FLEX_API_KEY", lambda r: rs(r, ALNUM, 32)),
    ("appriss_vine_partner_secret", "VINE_PARTNER_SECRET", lambda r: hexs(r, 64)),
    ("uptrust_reminders_api_key", "UPTRUST_API_KEY", lambda r: "upt_" + rs(r, ALNUM, 36)),
    ("attenti_monitoring_api_secret", "ATTENTI_API_SECRET", lambda r: rs(r, ALNUM, 40)),
    ("supercom_pureprotect_api_key", "PUREPROTECT_API_KEY", lambda r: hexs(r, 40)),
    ("bi_incorporated_totalaccess_key", "BI_TOTALACCESS_KEY", lambda r: rs(r, UD, 32)),
    ("trackgroup_trackerpal_api_token", "TRACKERPAL_API_TOKEN", lambda r: b64(r, 33, True, False)),
    ("scram_alcohol_monitor_api_key", "SCRAM_NEXUS_API_KEY", lambda r: uuid4(r)),
    ("smartstart_interlock_api_secret", "SMARTSTART_API_SECRET", lambda r: hexs(r, 48)),
    ("intoxalock_partner_api_key", "INTOXALOCK_API_KEY", lambda r: rs(r, ALNUM, 40)),
    ("buddi_tag_api_key", "BUDDI_API_KEY", lambda r: rs(r, LA, 40)),
    ("geosatis_platform_client_secret", "GEOSATIS_CLIENT_SECRET", lambda r: b64(r, 32)),
    ("corrisoft_aware_api_key", "CORRISOFT_AWARE_API_KEY", lambda r: hexs(r, 32)),
    ("shadowtrack_ivr_api_key", "SHADOWTRACK_API_KEY", lambda r: rs(r, UD, 28)),
    ("caseworthy_probation_api_secret", "CASEWORTHY_API_SECRET", lambda r: rs(r, ALNUM, 48)),
    ("homewav_video_api_key", "HOMEWAV_API_KEY", lambda r: "hw_" + hexs(r, 40)),
    ("ameelio_letters_api_token", "AMEELIO_API_TOKEN", lambda r: rs(r, ALNUM, 40)),
    ("corrlinks_gateway_secret", "CORRLINKS_GATEWAY_SECRET", lambda r: b64(r, 40)),
    ("orijin_apds_learning_api_key", "ORIJIN_API_KEY", lambda r: uuid4(r)),
    ("telmate_guardian_api_secret", "TELMATE_API_SECRET", lambda r: hexs(r, 56)),
    ("iwebvisit_scheduler_api_key", "IWEBVISIT_API_KEY", lambda r: rs(r, ALNUM, 32)),
    ("tek84_intercept_scanner_license", "TEK84_SCANNER_LICENSE", lambda r: "-".join(rs(r, UD, 5) for _ in range(5))),
    ("adani_conpass_service_key", "CONPASS_SERVICE_KEY", lambda r: hexs(r, 32)),
    ("odsecurity_soter_api_key", "SOTER_API_KEY", lambda r: rs(r, UD, 24)),
    ("rapiscan_checkpoint_api_secret", "RAPISCAN_API_SECRET", lambda r: rs(r, ALNUM, 40)),
    ("smithsdetection_checkpoint_key", "SMITHS_CHECKPOINT_KEY", lambda r: uuid4(r)),
    ("ceia_opensound_api_key", "CEIA_API_KEY", lambda r: hexs(r, 40)),
    ("evolv_express_api_token", "EVOLV_API_TOKEN", lambda r: "evx_" + rs(r, ALNUM, 40)),
    ("cornerstone_detention_hmi_license", "CORNERSTONE_HMI_LICENSE", lambda r: "-".join(rs(r, UD, 4) for _ in range(6))),
    ("southernsteel_touchscreen_api_key", "SOUTHERN_STEEL_API_KEY", lambda r: hexs(r, 32)),
    ("norment_security_plc_gateway_key", "NORMENT_GATEWAY_KEY", lambda r: rs(r, ALNUM, 32)),
    ("blackcreek_icon_api_secret", "BLACKCREEK_ICON_SECRET", lambda r: b64(r, 32)),
    ("isi_detention_control_api_key", "ISI_CONTROL_API_KEY", lambda r: hexs(r, 40)),
    ("genetec_security_center_api_secret", "GENETEC_SDK_SECRET", lambda r: rs(r, ALNUM, 44)),
    ("milestone_xprotect_api_secret", "XPROTECT_API_SECRET", lambda r: b64(r, 33)),
    ("axon_evidence_partner_secret", "AXON_EVIDENCE_SECRET", lambda r: rs(r, ALNUM, 64)),
    ("courtcall_remote_api_key", "COURTCALL_API_KEY", lambda r: rs(r, ALNUM, 32)),
    ("clear_thomsonreuters_api_key", "TR_CLEAR_API_KEY", lambda r: hexs(r, 32)),
    ("lexisnexis_accurint_api_secret", "ACCURINT_API_SECRET", lambda r: rs(r, ALNUM, 40)),
    ("idemia_livescan_api_key", "IDEMIA_LIVESCAN_API_KEY", lambda r: uuid4(r)),
    ("cogent_fingerprint_api_secret", "COGENT_API_SECRET", lambda r: hexs(r, 48)),
    ("twilio_auth_token", "TWILIO_AUTH_TOKEN", lambda r: hexs(r, 32)),
    ("vonage_api_secret", "VONAGE_API_SECRET", lambda r: rs(r, ALNUM, 16)),
    ("plivo_auth_token", "PLIVO_AUTH_TOKEN", lambda r: rs(r, ALNUM, 40)),
    ("messagebird_access_key", "MESSAGEBIRD_ACCESS_KEY", lambda r: rs(r, ALNUM, 25)),
    ("postmark_server_token", "POSTMARK_SERVER_TOKEN", lambda r: uuid4(r)),
    ("mailgun_private_api_key", "MAILGUN_API_KEY", lambda r: "key-" + hexs(r, 32)),
    ("sparkpost_api_key", "SPARKPOST_API_KEY", lambda r: hexs(r, 40)),
    ("anthropic_api_key", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + rs(r, ALNUM + "-_", 93) + "AA"),
    ("cohere_api_key", "COHERE_API_KEY", lambda r: rs(r, ALNUM, 40)),
    ("mistral_api_key", "MISTRAL_API_KEY", lambda r: rs(r, ALNUM, 32)),
    ("deepgram_api_key", "DEEPGRAM_API_KEY", lambda r: hexs(r, 40)),
    ("assemblyai_api_key", "ASSEMBLYAI_API_KEY", lambda r: hexs(r, 32)),
    ("elevenlabs_api_key", "ELEVENLABS_API_KEY", lambda r: "sk_" + hexs(r, 48)),
    ("adobe_client_secret", "ADOBE_CLIENT_SECRET", lambda r: "p8e-" + rs(r, ALNUM, 32)),
    ("alibaba_access_key_secret", "ALIBABA_ACCESS_KEY_SECRET", lambda r: rs(r, ALNUM, 30)),
    ("adafruit_io_key", "ADAFRUIT_IO_KEY", lambda r: "aio_" + rs(r, ALNUM, 28)),
    ("docusign_integration_secret", "DOCUSIGN_CLIENT_SECRET", lambda r: uuid4(r)),
    ("box_client_secret", "BOX_CLIENT_SECRET", lambda r: rs(r, ALNUM, 32)),
    ("zoom_sdk_client_secret", "ZOOM_SDK_CLIENT_SECRET", lambda r: rs(r, ALNUM, 32)),
    ("webex_bot_access_token", "WEBEX_BOT_TOKEN", lambda r: rs(r, ALNUM, 64) + "_PF84_" + uuid4(r)),
    ("ringcentral_client_secret", "RINGCENTRAL_CLIENT_SECRET", lambda r: rs(r, ALNUM, 43)),
    ("dialpad_api_key", "DIALPAD_API_KEY", lambda r: rs(r, ALNUM, 56)),
    ("signalwire_api_token", "SIGNALWIRE_API_TOKEN", lambda r: "PT" + hexs(r, 48)),
    ("agora_app_certificate", "AGORA_APP_CERTIFICATE", lambda r: hexs(r, 32)),
    ("vonage_video_api_secret", "OPENTOK_API_SECRET", lambda r: hexs(r, 40)),
    ("daily_co_api_key", "DAILY_API_KEY", lambda r: hexs(r, 64)),
    ("livekit_api_secret", "LIVEKIT_API_SECRET", lambda r: rs(r, ALNUM, 43)),
    ("mux_token_secret", "MUX_TOKEN_SECRET", lambda r: b64(r, 57)),
    ("onesignal_rest_api_key", "ONESIGNAL_REST_API_KEY", lambda r: "os_v2_app_" + rs(r, string.ascii_lowercase + "234567", 100)),
    ("expo_access_token", "EXPO_TOKEN", lambda r: rs(r, ALNUM + "_-", 40)),
    ("bitbucket_app_password", "BITBUCKET_APP_PASSWORD", lambda r: "ATBB" + rs(r, ALNUM, 32)),
    ("azure_devops_pat", "AZURE_DEVOPS_EXT_PAT", lambda r: rs(r, string.ascii_lowercase + "234567", 52)),
    ("circleci_personal_token", "CIRCLECI_TOKEN", lambda r: "CCIPAT_" + rs(r, ALNUM, 22) + "_" + hexs(r, 40)),
    ("buildkite_agent_token", "BUILDKITE_AGENT_TOKEN", lambda r: "bkua_" + hexs(r, 40)),
    ("snyk_api_token", "SNYK_TOKEN", lambda r: uuid4(r)),
    ("sonarqube_user_token", "SONAR_TOKEN", lambda r: "squ_" + hexs(r, 40)),
    ("npm_automation_token", "NPM_TOKEN", lambda r: "npm_" + rs(r, ALNUM, 36)),
    ("pypi_upload_token", "TWINE_PASSWORD", lambda r: "pypi-AgEIcHlwaS5vcmc" + b64(r, 60, True, False)),
    ("rubygems_api_key", "GEM_HOST_API_KEY", lambda r: "rubygems_" + hexs(r, 48)),
    ("nuget_api_key", "NUGET_API_KEY", lambda r: "oy2" + rs(r, string.ascii_lowercase + D, 43)),
    ("dockerhub_personal_access_token", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + rs(r, ALNUM + "-_", 27)),
    ("jfrog_identity_token", "JFROG_ACCESS_TOKEN", lambda r: "cmVmdGtuOjAxOjE3" + rs(r, ALNUM, 48)),
    ("newrelic_user_api_key", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + rs(r, UD, 27)),
    ("newrelic_insert_key", "NEW_RELIC_INSERT_KEY", lambda r: "NRII-" + rs(r, ALNUM + "-_", 32)),
    ("rollbar_server_token", "ROLLBAR_ACCESS_TOKEN", lambda r: hexs(r, 32)),
    ("bugsnag_api_key", "BUGSNAG_API_KEY", lambda r: hexs(r, 32)),
    ("logzio_shipping_token", "LOGZIO_TOKEN", lambda r: rs(r, string.ascii_letters, 32)),
    ("sumologic_access_key", "SUMO_ACCESS_KEY", lambda r: rs(r, ALNUM, 64)),
    ("splunk_hec_token", "SPLUNK_HEC_TOKEN", lambda r: uuid4(r)),
    ("elastic_cloud_api_key", "ELASTIC_API_KEY", lambda r: b64(r, 45)),
    ("mongodb_atlas_private_key", "ATLAS_PRIVATE_KEY", lambda r: uuid4(r)),
    ("planetscale_service_token", "PLANETSCALE_SERVICE_TOKEN", lambda r: "pscale_tkn_" + rs(r, ALNUM + "_-", 43)),
    ("neon_api_key", "NEON_API_KEY", lambda r: "napi_" + rs(r, string.ascii_lowercase + D, 64)),
    ("upstash_redis_rest_token", "UPSTASH_REDIS_REST_TOKEN", lambda r: "A" + rs(r, ALNUM, 67)),
    ("render_api_key", "RENDER_API_KEY", lambda r: "rnd_" + rs(r, ALNUM, 28)),
    ("netlify_personal_token", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + rs(r, ALNUM, 36)),
    ("vercel_access_token", "VERCEL_TOKEN", lambda r: rs(r, ALNUM, 24)),
    ("railway_api_token", "RAILWAY_TOKEN", lambda r: uuid4(r)),
    ("linode_personal_token", "LINODE_TOKEN", lambda r: hexs(r, 64)),
    ("vultr_api_key", "VULTR_API_KEY", lambda r: rs(r, UD, 36)),
    ("hetzner_cloud_token", "HCLOUD_TOKEN", lambda r: rs(r, ALNUM, 64)),
    ("scaleway_secret_key", "SCW_SECRET_KEY", lambda r: uuid4(r)),
    ("ibm_cloud_api_key", "IBMCLOUD_API_KEY", lambda r: rs(r, ALNUM + "_-", 44)),
    ("oracle_cloud_auth_token", "OCI_AUTH_TOKEN", lambda r: rs(r, ALNUM + "(){}<>:;.+", 20)),
    ("box_developer_token", "BOX_DEVELOPER_TOKEN", lambda r: rs(r, ALNUM, 32)),
    ("smartsheet_access_token", "SMARTSHEET_ACCESS_TOKEN", lambda r: rs(r, ALNUM, 37)),
    ("monday_api_token", "MONDAY_API_TOKEN", lambda r: jwt_like(r, {"tid": r.randint(10**8, 10**9), "aai": 11, "uid": r.randint(10**7, 10**8), "rgn": "use1"})),
    ("clickup_personal_token", "CLICKUP_API_TOKEN", lambda r: "pk_" + str(r.randint(10**7, 10**8)) + "_" + rs(r, UD, 32)),
    ("trello_api_token", "TRELLO_TOKEN", lambda r: "ATTA" + hexs(r, 64) + rs(r, UD, 8)),
    ("zendesk_api_token", "ZENDESK_API_TOKEN", lambda r: rs(r, ALNUM, 40)),
    ("freshdesk_api_key", "FRESHDESK_API_KEY", lambda r: rs(r, ALNUM, 20)),
    ("intercom_access_token", "INTERCOM_ACCESS_TOKEN", lambda r: "dG9rOj" + b64(r, 45, False, False)),
    ("mapquest_consumer_secret", "MAPQUEST_SECRET", lambda r: rs(r, ALNUM, 16)),
    ("here_api_key", "HERE_API_KEY", lambda r: rs(r, ALNUM + "_-", 43)),
    ("tomtom_api_key", "TOMTOM_API_KEY", lambda r: rs(r, ALNUM, 32)),
    ("esri_arcgis_api_key", "ARCGIS_API_KEY", lambda r: "AAPK" + hexs(r, 32) + rs(r, ALNUM + "_-", 64)),
    ("authorize_net_transaction_key", "AUTHNET_TRANSACTION_KEY", lambda r: rs(r, ALNUM, 16)),
    ("paypal_client_secret", "PAYPAL_CLIENT_SECRET", lambda r: "E" + rs(r, ALNUM + "-_", 79)),
    ("adyen_api_key", "ADYEN_API_KEY", lambda r: "AQE" + rs(r, ALNUM, 20) + "+" + b64(r, 60, False, False)),
    ("plaid_secret", "PLAID_SECRET", lambda r: hexs(r, 30)),
    ("dwolla_client_secret", "DWOLLA_SECRET", lambda r: rs(r, ALNUM, 50)),
    ("paysafe_api_key", "PAYSAFE_API_KEY", lambda r: b64(r, 54)),
]

# (style, template) ; {K} key name, {V} value
STYLES = [
    ("jms_windows_service_sc_config_env", 'sc.exe config JailSync obj= "NT SERVICE\\JailSync"\nsetx /M {K} "{V}"\n'),
    ("commissary_php_fpm_pool_env", "[commissary]\nuser = www-data\nenv[{K}] = {V}\npm = dynamic\n"),
    ("tablet_gradle_local_properties", "sdk.dir=/opt/android-sdk\n{K}={V}\n"),
    ("court_exchange_jenkins_credentials_groovy", 'environment {\n    FACILITY = "central"\n    {K} = "{V}"\n}\n'),
    ("visit_app_systemd_dropin_env", "[Service]\nEnvironment=FACILITY=north\nEnvironment={K}={V}\n"),
    ("control_room_powershell_env_assign", "$env:FACILITY = 'central'\n$env:{K} = '{V}'\n& .\\sync-pods.ps1\n"),
    ("probation_ops_mattermost_paste", "@here rotating tonight, until then {K} = {V} — don't screenshot it\n"),
    ("jail_dev_direnv_envrc", "layout python3\nexport {K}={V}\nexport FACILITY=south\n"),
    ("scanner_svc_supervisord_environment", "[program:scanner-bridge]\ncommand=/opt/bridge/run\nenvironment={K}=\"{V}\",LANE=\"2\"\n"),
    ("trust_batch_cloud_init_write_files", "#cloud-config\nwrite_files:\n  - path: /etc/trust-batch.env\n    content: |\n      {K}={V}\n"),
]

SPECIAL = {"github_style": github_style}


def build(rng, reg, allowed_brand, cap=120):
    recs, dropped, used = [], [], []
    for (t, k, fn) in CANDIDATES:
        if not allowed_brand(t):
            dropped.append(t)
            continue
        used.append((t, k, fn))
    kept = used[:cap]
    tail = [t for (t, _, _) in used[cap:]]
    for i, (t, k, fn) in enumerate(kept):
        style, tpl = STYLES[i % len(STYLES)]
        v = reg.take(lambda: fn(rng))
        text = tpl.replace("{K}", k)
        s = text.index("{V}")
        text = text.replace("{V}", v)
        recs.append({"type": t, "container": t + "__" + style, "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t}],
                     "source": "vendor"})
    return recs, dropped, tail
