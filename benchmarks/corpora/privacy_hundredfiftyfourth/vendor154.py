"""Vendor token types: genealogy / archive vendors and beyond, shapes from rule sets, docs or guessed."""
from common154 import G, place

# (type, key name, shape spec). 'pw' = owner-chosen password.
V = [
 # genealogy / DNA / archive world (mostly guessed shapes)
 ("familysearch_developer_app_key", "FAMILYSEARCH_APP_KEY", "A:4|L:-|A:4|L:-|A:4|L:-|A:4|L:-|A:4|L:-|A:4|L:-|A:4|L:-|A:4"),
 ("familysearch_oauth_access_token", "FS_ACCESS_TOKEN", "L:p0-|w:27|L:.|w:11"),
 ("ancestry_partner_api_secret", "ANCESTRY_PARTNER_SECRET", "h:64"),
 ("myheritage_familygraph_access_token", "MYHERITAGE_ACCESS_TOKEN", "h:32"),
 ("geni_oauth_client_secret", "GENI_CLIENT_SECRET", "a:40"),
 ("wikitree_apps_session_key", "WIKITREE_SESSION_KEY", "h:32"),
 ("findmypast_search_api_key", "FINDMYPAST_API_KEY", "u"),
 ("gedmatch_kit_admin_token", "GEDMATCH_ADMIN_TOKEN", "a:32"),
 ("familytreedna_partner_key", "FTDNA_PARTNER_KEY", "A:32"),
 ("livingdna_api_secret", "LIVINGDNA_API_SECRET", "l:48"),
 ("billiongraves_api_key", "BILLIONGRAVES_API_KEY", "h:40"),
 ("findagrave_partner_token", "FINDAGRAVE_PARTNER_TOKEN", "a:44"),
 ("transkribus_refresh_token", "TRANSKRIBUS_REFRESH_TOKEN", "JWT"),
 ("readcoop_metagrapho_api_key", "METAGRAPHO_API_KEY", "u"),
 ("internetarchive_s3_secret_key", "IA_S3_SECRET", "a:16"),
 ("europeana_private_key", "EUROPEANA_PRIVATE_KEY", "a:14"),
 ("trove_nla_api_key", "TROVE_API_KEY", "a:32"),
 ("dpla_api_key", "DPLA_API_KEY", "h:32"),
 ("wikimedia_owner_only_access_token", "WIKIMEDIA_ACCESS_TOKEN", "JWT"),
 ("zenodo_personal_token", "ZENODO_TOKEN", "a:60"),
 ("omeka_s_key_credential", "OMEKA_KEY_CREDENTIAL", "a:32"),
 ("preservica_api_password", "PRESERVICA_PASSWORD", "pw"),
 ("archivesspace_backend_password", "ASPACE_BACKEND_PASSWORD", "pw"),
 ("contentdm_catcher_password", "CONTENTDM_CATCHER_PASSWORD", "pw"),
 ("libsyn_pasteup_token", "GENEALOGY_PODCAST_TOKEN", "h:40"),
 ("flickr_api_secret", "FLICKR_API_SECRET", "h:16"),
 ("smugmug_oauth_secret", "SMUGMUG_API_SECRET", "a:64"),
 ("remini_api_key", "REMINI_API_KEY", "a:32"),
 ("deepai_api_key", "DEEPAI_API_KEY", "u"),
 ("stabilityai_api_key", "STABILITY_API_KEY", "L:sk-|a:48"),
 ("clarifai_personal_access_token", "CLARIFAI_PAT", "h:32"),
 ("roboflow_private_api_key", "ROBOFLOW_API_KEY", "a:20"),
 ("imagga_api_secret", "IMAGGA_API_SECRET", "h:32"),
 ("mindee_api_key", "MINDEE_API_KEY", "h:32"),
 ("nanonets_api_key", "NANONETS_API_KEY", "w:32"),
 ("ocrspace_api_key", "OCRSPACE_API_KEY", "L:K8|d:13"),
 ("abbyy_cloud_ocr_application_password", "ABBYY_APP_PASSWORD", "a:24"),
 ("rossum_auth_token", "ROSSUM_TOKEN", "h:40"),
 ("veryfi_client_secret", "VERYFI_CLIENT_SECRET", "a:128"),
 ("eventbrite_private_token", "EVENTBRITE_PRIVATE_TOKEN", "A:20"),
 ("tickettailor_api_key", "TICKET_TAILOR_API_KEY", "L:sk_|d:4|L:_|d:6|L:_|h:32"),
 ("wildapricot_api_key", "WILDAPRICOT_API_KEY", "l:30"),
 ("memberful_api_key", "MEMBERFUL_API_KEY", "a:24"),
 ("givebutter_api_key", "GIVEBUTTER_API_KEY", "a:40"),
 ("donorbox_api_key", "DONORBOX_API_KEY", "w:40"),
 ("neoncrm_api_key", "NEON_API_KEY", "h:32"),
 ("bloomerang_private_key", "BLOOMERANG_PRIVATE_KEY", "h:32"),
 ("littlegreenlight_api_token", "LGL_API_TOKEN", "w:40"),
 ("rsvpify_api_key", "RSVPIFY_API_KEY", "a:36"),
 ("signupgenius_user_key", "SIGNUPGENIUS_USER_KEY", "a:32"),
 # beyond: developer, cloud, messaging, payments, AI (shapes from rule sets / background)
 ("anthropic_api_key", "ANTHROPIC_API_KEY", "L:sk-ant-api03-|w:93|L:AA"),
 ("adobe_pdf_services_client_secret", "PDF_SERVICES_CLIENT_SECRET", "L:p8e-|a:32"),
 ("alibaba_oss_access_key_secret", "OSS_ACCESS_KEY_SECRET", "a:30"),
 ("postmark_server_token", "POSTMARK_SERVER_TOKEN", "u"),
 ("sparkpost_api_key", "SPARKPOST_API_KEY", "h:40"),
 ("mailerlite_api_token", "MAILERLITE_API_TOKEN", "JWT"),
 ("convertkit_api_secret", "CONVERTKIT_API_SECRET", "w:43"),
 ("beehiiv_api_key", "BEEHIIV_API_KEY", "a:64"),
 ("ghost_admin_api_key", "GHOST_ADMIN_API_KEY", "h:24|L::|h:64"),
 ("twilio_auth_token", "TWILIO_AUTH_TOKEN", "h:32"),
 ("plivo_auth_token", "PLIVO_AUTH_TOKEN", "a:40"),
 ("vonage_api_secret", "VONAGE_API_SECRET", "a:16"),
 ("messagebird_access_key", "MESSAGEBIRD_ACCESS_KEY", "a:25"),
 ("dockerhub_personal_access_token", "DOCKERHUB_TOKEN", "L:dckr_pat_|w:27"),
 ("pypi_upload_token", "PYPI_TOKEN", "L:pypi-AgEIcHlwaS5vcmcC|B:50"),
 ("rubygems_api_key", "GEM_HOST_API_KEY", "L:rubygems_|h:48"),
 ("nuget_api_key", "NUGET_API_KEY", "L:oy2|l:43"),
 ("circleci_personal_api_token", "CIRCLECI_TOKEN", "L:CCIPAT_|a:22|L:_|h:40"),
 ("buildkite_agent_token", "BUILDKITE_AGENT_TOKEN", "h:50"),
 ("codecov_upload_token", "CODECOV_TOKEN", "u"),
 ("snyk_api_token", "SNYK_TOKEN", "u"),
 ("sonarcloud_user_token", "SONAR_TOKEN", "L:squ_|h:40"),
 ("sourcegraph_access_token", "SRC_ACCESS_TOKEN", "L:sgp_|h:16|L:_|h:40"),
 ("jfrog_identity_token", "JFROG_ACCESS_TOKEN", "L:cmVmdGtuOjAxOj|a:50"),
 ("netlify_personal_access_token", "NETLIFY_AUTH_TOKEN", "L:nfp_|a:36"),
 ("render_api_key", "RENDER_API_KEY", "L:rnd_|a:28"),
 ("linode_personal_access_token", "LINODE_TOKEN", "h:64"),
 ("vultr_api_key", "VULTR_API_KEY", "A:36"),
 ("hetzner_cloud_api_token", "HCLOUD_TOKEN", "a:64"),
 ("scaleway_secret_key", "SCW_SECRET_KEY", "u"),
 ("ovhcloud_application_secret", "OVH_APPLICATION_SECRET", "a:32"),
 ("pcloud_access_token", "PCLOUD_ACCESS_TOKEN", "a:36"),
 ("box_developer_token", "BOX_DEVELOPER_TOKEN", "a:32"),
 ("mega_account_password", "MEGA_PASSWORD", "pw"),
 ("mollie_live_api_key", "MOLLIE_API_KEY", "L:live_|a:30"),
 ("razorpay_key_secret", "RAZORPAY_KEY_SECRET", "a:24"),
 ("paddle_api_key", "PADDLE_API_KEY", "L:pdl_live_apikey_|l:26|L:_|a:27"),
 ("flutterwave_secret_key", "FLW_SECRET_KEY", "L:FLWSECK-|h:32|L:-X"),
 ("paystack_secret_key", "PAYSTACK_SECRET_KEY", "L:sk_live_|h:40"),
 ("adyen_api_key", "ADYEN_API_KEY", "L:AQE|w:80"),
 ("mistral_api_key", "MISTRAL_API_KEY", "a:32"),
 ("cohere_api_key", "CO_API_KEY", "a:40"),
 ("deepseek_api_key", "DEEPSEEK_API_KEY", "L:sk-|h:32"),
 ("xai_api_key", "XAI_API_KEY", "L:xai-|a:80"),
 ("elevenlabs_api_key", "ELEVENLABS_API_KEY", "L:sk_|h:48"),
 ("assemblyai_api_key", "ASSEMBLYAI_API_KEY", "h:32"),
 ("deepgram_api_key", "DEEPGRAM_API_KEY", "h:40"),
 ("newrelic_user_api_key", "NEW_RELIC_API_KEY", "L:NRAK-|A:27"),
 ("rollbar_access_token", "ROLLBAR_ACCESS_TOKEN", "h:32"),
 ("bugsnag_api_key", "BUGSNAG_API_KEY", "h:32"),
 ("betterstack_source_token", "LOGTAIL_SOURCE_TOKEN", "a:24"),
 ("papertrail_api_token", "PAPERTRAIL_API_TOKEN", "a:20"),
 ("descope_management_key", "DESCOPE_MANAGEMENT_KEY", "L:K2|A:27|L::|w:54"),
 ("kinde_client_secret", "KINDE_CLIENT_SECRET", "a:48"),
 ("fusionauth_api_key", "FUSIONAUTH_API_KEY", "w:64"),
 ("keycloak_client_secret", "KEYCLOAK_CLIENT_SECRET", "a:32"),
 ("discourse_api_key", "DISCOURSE_API_KEY", "h:64"),
 ("wordpress_application_password", "WP_APP_PASSWORD", "WPAPP"),
 ("bitly_generic_access_token", "BITLY_ACCESS_TOKEN", "h:40"),
 ("zapier_nla_api_key", "ZAPIER_API_KEY", "L:sk-ak-|a:32"),
 ("pipedream_api_key", "PIPEDREAM_API_KEY", "h:32"),
 ("trello_api_token", "TRELLO_TOKEN", "L:ATTA|h:64|H:8"),
 ("mondaycom_api_token", "MONDAY_API_TOKEN", "JWT"),
 ("coda_api_token", "CODA_API_TOKEN", "u"),
 ("geoapify_api_key", "GEOAPIFY_API_KEY", "h:32"),
 ("locationiq_access_token", "LOCATIONIQ_TOKEN", "L:pk.|h:32"),
 ("tomtom_api_key", "TOMTOM_API_KEY", "a:32"),
 ("what3words_api_key", "W3W_API_KEY", "A:8"),
 ("stadiamaps_api_key", "STADIA_API_KEY", "u"),
 ("twingate_api_key", "TWINGATE_API_KEY", "w:64"),
 ("tinypng_api_key", "TINIFY_KEY", "a:32"),
 ("imgbb_api_key", "IMGBB_API_KEY", "h:32"),
]

STYLES = [
 ("tree_site_dotenv_local", "# .env.local\n{K}={V}\n"),
 ("dna_worker_docker_compose_environment", "services:\n  matcher:\n    image: dnamatch/worker:2.4\n    environment:\n      - {K}={V}\n"),
 ("scan_station_powershell_profile", "# Microsoft.PowerShell_profile.ps1 on SCAN-03\n$env:{K} = '{V}'\n"),
 ("ocr_pipeline_configmap_data_yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ocr-pipeline\ndata:\n  {K}: \"{V}\"\n"),
 ("society_site_wp_config_define", "define( '{K}', '{V}' );\n"),
 ("reunion_app_firebase_functions_env", "# functions/.env.reunion-2026\n{K}=\"{V}\"\n"),
 ("gedcom_tool_go_const_block", "package sync\n\nconst (\n\t{K} = \"{V}\"\n)\n"),
 ("archive_pipeline_fish_universal_variable", "# fish_variables\nSETUVAR {K}:{V}\n"),
 ("indexing_team_mattermost_paste", "@archive-devs here you go: {K}={V} (pinned until Friday)\n"),
 ("photo_restore_kotlin_buildconfig_field", "buildConfigField(\"String\", \"{K}\", \"\\\"{V}\\\"\")\n"),
]


def gen_value(g, spec, t):
    if spec == "pw":
        return g.password()
    if spec == "JWT":
        return g.uniq(lambda: g.jwt({"sub": g.s("0123456789", 7), "iss": t.split("_")[0] + ".example", "scope": "api"}))
    if spec == "WPAPP":
        return g.uniq(lambda: " ".join(g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 4) for _ in range(6)))
    return g.from_spec(spec)


def build(reg, seed=15402, denied_brands=frozenset()):
    g = G(seed, reg)
    out, dropped = [], []
    for t, k, spec in V:
        if t.split("_")[0].lower() in denied_brands:
            dropped.append(t)
            continue
        if len(out) >= 120:
            break
        sname, tpl = STYLES[len(out) % len(STYLES)]
        v = gen_value(g, spec, t)
        text, s, e = place(tpl, v, K=k)
        out.append({"type": t, "container": t + "__" + sname, "text": text, "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "vendor"})
    return out, dropped
