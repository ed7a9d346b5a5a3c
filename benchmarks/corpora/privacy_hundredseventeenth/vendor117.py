"""Vendor credential types: focus-world vendors first, then shapes from public rule sets."""
import base64, random, string
from common117 import *

UP = string.ascii_uppercase
UPN = string.ascii_uppercase + string.digits
URL64 = ALNUM + "-_"


def sg_script_key(r):
    return rs(r, string.ascii_lowercase + string.digits + "#^)(", 25)


def discord_bot(r):
    uid = str(r.randint(10**17, 10**18 - 1))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rs(r, URL64, 6) + "." + rs(r, URL64, 38)


def jfrog_ref(r):
    raw = f"reftkn:01:{r.randint(1700000000, 2000000000)}:{rs(r, ALNUM, 27)}"
    return base64.b64encode(raw.encode()).decode().rstrip("=")


def sas_sig(r):
    s = base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()
    return s.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def openai_proj(r):
    return "sk-proj-" + rs(r, URL64, 64) + "T3BlbkFJ" + rs(r, URL64, 64)


# (type, env key, generator, wrap) ; wrap: optional template around value inside container slot
V = [
 ("autodesk_aps_app_client_secret", "APS_CLIENT_SECRET", lambda r: rs(r, ALNUM, 16)),
 ("flow_production_tracking_script_key", "SG_SCRIPT_KEY", sg_script_key),
 ("ftrack_api_key_uuid", "FTRACK_API_KEY", uuid4),
 ("kitsu_zou_access_jwt", "KITSU_ACCESS_TOKEN", lambda r: jwt(r, {"identity_type": "person", "sub": uuid4(r), "fresh": False})),
 ("frameio_developer_token_fio_u", "FRAMEIO_TOKEN", lambda r: "fio-u-" + rs(r, LOWER_ALNUM + "-_=", 64)),
 ("syncsketch_api_key_hex40", "SYNCSKETCH_API_KEY", lambda r: hexs(r, 40)),
 ("sidefx_web_api_client_secret", "SESI_CLIENT_SECRET", lambda r: rs(r, ALNUM, 40)),
 ("aws_deadline_cloud_farm_secret_access_key", "DEADLINE_CLOUD_SECRET_ACCESS_KEY", lambda r: rs(r, ALNUM + "/+", 40)),
 ("conductor_coreweave_api_key", "CONDUCTOR_API_KEY", lambda r: b64(r, 36)),
 ("fox_renderfarm_access_key", "FOXRENDER_ACCESS_KEY", lambda r: hexs(r, 32)),
 ("rebusfarm_api_key", "REBUS_API_KEY", lambda r: rs(r, ALNUM, 32)),
 ("garagefarm_api_token", "GARAGEFARM_TOKEN", lambda r: rs(r, ALNUM, 40)),
 ("ranch_computing_api_key_upper_hex", "RANCH_API_KEY", lambda r: hexs(r, 32).upper()),
 ("rndr_render_network_api_key", "RNDR_API_KEY", lambda r: hexs(r, 64)),
 ("chaos_cloud_api_key", "CHAOS_CLOUD_API_KEY", lambda r: rs(r, ALNUM, 36)),
 ("sheepit_render_key", "SHEEPIT_RENDERKEY", lambda r: rs(r, ALNUM, 32)),
 ("qube_supervisor_admin_password", "QUBE_SUPERVISOR_PASS", owner_pw),
 ("muster_dispatcher_user_password", "MUSTER_PASS", owner_pw),
 ("backblaze_b2_application_key_k00", "B2_APPLICATION_KEY", lambda r: "K00" + r.choice("12345") + rs(r, ALNUM, 27)),
 ("wasabi_secret_access_key", "WASABI_SECRET_KEY", lambda r: rs(r, UPN, 40)),
 ("cloudflare_r2_secret_access_key_hex64", "R2_SECRET_ACCESS_KEY", lambda r: hexs(r, 64)),
 ("cloudinary_credential_url", "CLOUDINARY_URL", lambda r: "cloudinary://" + str(r.randint(10**14, 10**15 - 1)) + ":" + rs(r, URL64, 27) + "@" + r.choice(["studio-cdn", "vfx-assets", "dailies-img"])),
 ("mux_access_token_secret", "MUX_TOKEN_SECRET", lambda r: rs(r, ALNUM + "/+", 75)),
 ("vimeo_api_access_token_hex32", "VIMEO_ACCESS_TOKEN", lambda r: hexs(r, 32)),
 ("wistia_api_token_hex64", "WISTIA_API_TOKEN", lambda r: hexs(r, 64)),
 ("brightcove_oauth_client_secret", "BRIGHTCOVE_CLIENT_SECRET", lambda r: rs(r, URL64, 86)),
 ("iconik_app_auth_token", "ICONIK_AUTH_TOKEN", lambda r: jwt(r, {"iss": "iconik", "app_id": uuid4(r)})),
 ("masv_api_key", "MASV_API_KEY", lambda r: rs(r, ALNUM, 48)),
 ("signiant_media_shuttle_client_secret", "SIGNIANT_CLIENT_SECRET", lambda r: rs(r, ALNUM, 40)),
 ("ibm_aspera_node_api_user_password", "ASPERA_NODE_PASS", owner_pw),
 ("lucidlink_filespace_user_password", "LUCIDLINK_PASS", owner_pw),
 ("sketchfab_api_token_hex32", "SKETCHFAB_API_TOKEN", lambda r: hexs(r, 32)),
 ("epic_online_services_client_secret", "EOS_CLIENT_SECRET", lambda r: rs(r, URL64, 43)),
 ("unity_service_account_secret_key", "UNITY_SERVICE_SECRET", lambda r: rs(r, ALNUM, 32)),
 ("perforce_helix_login_ticket_upper_hex", "P4TICKET_VALUE", lambda r: hexs(r, 32).upper()),
 ("shutterstock_api_client_secret", "SHUTTERSTOCK_CLIENT_SECRET", lambda r: rs(r, ALNUM, 16)),
 ("elevenlabs_api_key_sk_hex48", "ELEVENLABS_API_KEY", lambda r: "sk_" + hexs(r, 48)),
 ("runwayml_api_secret_key_hex", "RUNWAYML_API_SECRET", lambda r: "key_" + hexs(r, 128)),
 ("stability_ai_api_key_sk48", "STABILITY_API_KEY", lambda r: "sk-" + rs(r, ALNUM, 48)),
 ("luma_dream_machine_api_key", "LUMAAI_API_KEY", lambda r: "luma-" + uuid4(r) + "-" + rs(r, ALNUM, 40)),
 ("replicate_api_token_r8", "REPLICATE_API_TOKEN", lambda r: "r8_" + rs(r, ALNUM, 37)),
 ("huggingface_user_token_hf", "HF_TOKEN", lambda r: "hf_" + rs(r, string.ascii_letters, 34)),
 ("leonardo_ai_api_key_uuid", "LEONARDO_API_KEY", uuid4),
 ("meshy_api_key_msy", "MESHY_API_KEY", lambda r: "msy_" + rs(r, ALNUM, 36)),
 ("rokoko_studio_api_key", "ROKOKO_API_KEY", lambda r: hexs(r, 32)),
 ("deepgram_api_key_hex40", "DEEPGRAM_API_KEY", lambda r: hexs(r, 40)),
 ("assemblyai_api_key_hex32", "ASSEMBLYAI_API_KEY", lambda r: hexs(r, 32)),
 ("openai_project_key_sk_proj", "OPENAI_API_KEY", openai_proj),
 ("groq_api_key_gsk", "GROQ_API_KEY", lambda r: "gsk_" + rs(r, ALNUM, 52)),
 ("xai_grok_api_key", "XAI_API_KEY", lambda r: "xai-" + rs(r, ALNUM, 80)),
 ("perplexity_api_key_pplx", "PPLX_API_KEY", lambda r: "pplx-" + rs(r, ALNUM, 48)),
 ("github_classic_pat_ghp_crc", "GH_PAT", lambda r: gh_style(r, "ghp_")),
 ("npm_automation_token_npm_crc", "NPM_TOKEN", lambda r: gh_style(r, "npm_")),
 ("pypi_upload_token_macaroon", "PYPI_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, URL64, 140)),
 ("atlassian_api_token_atatt", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + rs(r, URL64, 174) + "=" + hexs(r, 8).upper()),
 ("linear_api_key_lin_api", "LINEAR_API_KEY", lambda r: "lin_api_" + rs(r, ALNUM, 40)),
 ("notion_integration_token_ntn", "NOTION_TOKEN", lambda r: "ntn_" + rs(r, string.digits, 11) + rs(r, ALNUM, 35)),
 ("airtable_personal_token_pat_dot_hex", "AIRTABLE_PAT", lambda r: "pat" + rs(r, ALNUM, 14) + "." + hexs(r, 64)),
 ("figma_personal_token_figd", "FIGMA_TOKEN", lambda r: "figd_" + rs(r, URL64, 40)),
 ("clickup_personal_token_pk", "CLICKUP_TOKEN", lambda r: "pk_" + rs(r, string.digits, 8) + "_" + rs(r, UPN, 32)),
 ("asana_personal_token_two_slash", "ASANA_PAT", lambda r: "2/" + rs(r, string.digits, 16) + "/" + rs(r, string.digits, 16) + ":" + hexs(r, 32)),
 ("monday_api_token_jwt", "MONDAY_API_TOKEN", lambda r: jwt(r, {"tid": r.randint(10**8, 10**9), "aai": 11, "uid": r.randint(10**7, 10**8), "rgn": "euc1"})),
 ("dropbox_app_secret_15", "DROPBOX_APP_SECRET", lambda r: rs(r, LOWER_ALNUM, 15)),
 ("box_developer_token_32", "BOX_DEVELOPER_TOKEN", lambda r: rs(r, ALNUM, 32)),
 ("discord_bot_token_three_part", "DISCORD_BOT_TOKEN", discord_bot),
 ("discord_channel_webhook_url", "DISCORD_WEBHOOK_URL", lambda r: "https://discord.com/api/webhooks/" + str(r.randint(10**18, 10**19 - 1)) + "/" + rs(r, URL64, 68)),
 ("teams_workflow_incoming_webhook_url", "TEAMS_WEBHOOK_URL", lambda r: "https://studio.webhook.office.com/webhookb2/" + uuid4(r) + "@" + uuid4(r) + "/IncomingWebhook/" + hexs(r, 32) + "/" + uuid4(r) + "/V2" + rs(r, URL64, 43)),
 ("mattermost_personal_access_token_26", "MM_ACCESS_TOKEN", lambda r: rs(r, LOWER_ALNUM, 26)),
 ("rocketchat_personal_token_43", "ROCKETCHAT_TOKEN", lambda r: rs(r, URL64, 43)),
 ("zulip_bot_api_key_32", "ZULIP_API_KEY", lambda r: rs(r, ALNUM, 32)),
 ("pushover_application_token_a", "PUSHOVER_APP_TOKEN", lambda r: "a" + rs(r, LOWER_ALNUM, 29)),
 ("twilio_api_key_secret_32", "TWILIO_API_SECRET", lambda r: rs(r, ALNUM, 32)),
 ("sendgrid_api_key_sg_dot", "SENDGRID_API_KEY", lambda r: "SG." + rs(r, URL64, 22) + "." + rs(r, URL64, 43)),
 ("postmark_server_token_uuid", "POSTMARK_SERVER_TOKEN", uuid4),
 ("mailjet_api_secret_hex32", "MJ_APISECRET_PRIVATE", lambda r: hexs(r, 32)),
 ("sentry_user_auth_token_sntryu", "SENTRY_AUTH_TOKEN", lambda r: "sntryu_" + hexs(r, 64)),
 ("datadog_application_key_hex40", "DD_APP_KEY", lambda r: hexs(r, 40)),
 ("new_relic_user_key_nrak", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + rs(r, UPN, 27)),
 ("grafana_service_account_token_glsa", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + hexs(r, 8)),
 ("honeycomb_configuration_key_22", "HONEYCOMB_API_KEY", lambda r: rs(r, ALNUM, 22)),
 ("pagerduty_rest_api_key_u_plus", "PAGERDUTY_API_KEY", lambda r: "u+" + rs(r, ALNUM + "_-", 18)),
 ("doppler_personal_token_dp_pt", "DOPPLER_TOKEN", lambda r: "dp.pt." + rs(r, ALNUM, 43)),
 ("infisical_machine_client_secret_hex64", "INFISICAL_CLIENT_SECRET", lambda r: hexs(r, 64)),
 ("vercel_access_token_24", "VERCEL_TOKEN", lambda r: rs(r, ALNUM, 24)),
 ("netlify_personal_token_nfp", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + rs(r, ALNUM, 36)),
 ("digitalocean_token_dop_v1", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + hexs(r, 64)),
 ("linode_personal_access_token_hex64", "LINODE_TOKEN", lambda r: hexs(r, 64)),
 ("vultr_api_key_upper36", "VULTR_API_KEY", lambda r: rs(r, UPN, 36)),
 ("hetzner_cloud_api_token_64", "HCLOUD_TOKEN", lambda r: rs(r, ALNUM, 64)),
 ("scaleway_secret_key_uuid", "SCW_SECRET_KEY", uuid4),
 ("ovhcloud_application_secret_32", "OVH_APPLICATION_SECRET", lambda r: rs(r, ALNUM, 32)),
 ("cloudflare_api_token_40", "CLOUDFLARE_API_TOKEN", lambda r: rs(r, URL64, 40)),
 ("tailscale_api_key_tskey", "TS_API_KEY", lambda r: "tskey-api-" + rs(r, ALNUM, 11) + "CNTRL-" + rs(r, ALNUM, 33)),
 ("ngrok_agent_authtoken", "NGROK_AUTHTOKEN", lambda r: "2" + rs(r, ALNUM, 26) + "_" + rs(r, ALNUM, 21)),
 ("akamai_edgegrid_client_secret_b64", "AKAMAI_CLIENT_SECRET", lambda r: b64(r, 33)),
 ("fastly_api_token_32", "FASTLY_API_TOKEN", lambda r: rs(r, URL64, 32)),
 ("bunny_net_account_api_key", "BUNNY_API_KEY", lambda r: uuid4(r) + "-" + rs(r, LOWER_ALNUM, 4) + "-" + hexs(r, 32)),
 ("dolby_millicast_publishing_token_hex64", "MILLICAST_PUBLISH_TOKEN", lambda r: hexs(r, 64)),
 ("wowza_streaming_cloud_access_key_64", "WSC_ACCESS_KEY", lambda r: rs(r, ALNUM, 64)),
 ("imgix_api_key_ak", "IMGIX_API_KEY", lambda r: "ak_" + hexs(r, 64)),
 ("azure_blob_sas_signature_sig", "RENDER_SAS_URL", sas_sig),
 ("google_cloud_storage_hmac_secret", "GCS_HMAC_SECRET", lambda r: rs(r, ALNUM + "/+", 40)),
 ("oracle_cloud_auth_token_20", "OCI_AUTH_TOKEN", lambda r: rs(r, ALNUM + "(){}<>;:#", 20)),
 ("jfrog_artifactory_reference_token", "ARTIFACTORY_TOKEN", jfrog_ref),
 ("gitea_access_token_hex40", "GITEA_TOKEN", lambda r: hexs(r, 40)),
 ("bitbucket_app_password_atbb", "BITBUCKET_APP_PASSWORD", lambda r: "ATBB" + rs(r, ALNUM, 32)),
 ("codecov_upload_token_uuid", "CODECOV_TOKEN", uuid4),
 ("jenkins_user_api_token_11", "JENKINS_API_TOKEN", lambda r: "11" + hexs(r, 32)),
 ("teamcity_access_token_tcv2", "TEAMCITY_TOKEN", lambda r: "eyJ0eXAiOiAiVENWMiJ9." + rs(r, URL64, 36) + "." + rs(r, URL64, 48)),
 ("octopus_deploy_api_key_api_dash", "OCTOPUS_API_KEY", lambda r: "API-" + rs(r, UPN, 30)),
 ("harness_personal_token_pat_dot", "HARNESS_PAT", lambda r: "pat." + rs(r, URL64, 22) + "." + rs(r, ALNUM, 24) + "." + rs(r, ALNUM, 20)),
 ("mongodb_atlas_private_api_key_uuid", "ATLAS_PRIVATE_KEY", uuid4),
 ("supabase_secret_key_sb_secret", "SUPABASE_SECRET_KEY", lambda r: "sb_secret_" + rs(r, URL64, 31)),
 ("planetscale_service_token_pscale_tkn", "PSCALE_TOKEN", lambda r: "pscale_tkn_" + rs(r, URL64, 43)),
 ("turso_database_auth_jwt", "TURSO_AUTH_TOKEN", lambda r: jwt(r, {"a": "rw", "iat": 1735689600, "id": uuid4(r)})),
 ("upstash_redis_rest_token", "UPSTASH_REDIS_REST_TOKEN", lambda r: "A" + rs(r, ALNUM, 3) + "AAIjcD" + rs(r, ALNUM, 50)),
 ("lemon_squeezy_api_key_jwt", "LEMONSQUEEZY_API_KEY", lambda r: jwt(r, {"aud": "94d59cef", "jti": hexs(r, 40), "scopes": []})),
 ("paddle_billing_api_key_pdl", "PADDLE_API_KEY", lambda r: "pdl_live_apikey_" + rs(r, LOWER_ALNUM, 26) + "_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 3)),
 ("gumroad_access_token_43", "GUMROAD_ACCESS_TOKEN", lambda r: rs(r, URL64, 43)),
 ("patreon_creator_access_token_43", "PATREON_CREATOR_TOKEN", lambda r: rs(r, URL64, 43)),
 ("maxon_app_license_server_key", "MAXON_LICENSE_KEY", lambda r: "-".join(rs(r, UPN, 5) for _ in range(5))),
 ("keyshot_network_rendering_license_key", "KEYSHOT_NR_KEY", lambda r: "-".join(rs(r, UPN, 4) for _ in range(6))),
 ("otoy_octane_render_token", "OCTANE_RENDER_TOKEN", lambda r: b64(r, 48, True, False)),
 ("pixar_renderman_license_server_key", "RMAN_LIC_SERVER_KEY", lambda r: hexs(r, 40)),
 ("wetransfer_public_api_key", "WETRANSFER_API_KEY", lambda r: rs(r, ALNUM, 40)),
 ("shotstack_edit_api_key", "SHOTSTACK_API_KEY", lambda r: rs(r, ALNUM, 40)),
 ("cinesync_sync_api_key_hex", "CINESYNC_API_KEY", lambda r: hexs(r, 32)),
 ("moxion_review_api_token", "MOXION_API_TOKEN", lambda r: b64(r, 30, True, False)),
 ("evercast_room_api_secret", "EVERCAST_API_SECRET", lambda r: rs(r, ALNUM, 48)),
 ("pexels_api_key_56", "PEXELS_API_KEY", lambda r: rs(r, ALNUM, 56)),
 ("unsplash_access_key_43", "UNSPLASH_ACCESS_KEY", lambda r: rs(r, URL64, 43)),
 ("polycam_capture_api_key", "POLYCAM_API_KEY", lambda r: "pc_" + rs(r, ALNUM, 40)),
]

S = SLOT
STYLES = [
 ("pipeline_tcl_set_variable", "# pipeline.tcl sourced by the farm wrapper\nset farm_queue \"{q}\"\nset {E} \"" + S + "\"\nputs \"queue $farm_queue ready\"\n"),
 ("zsh_extended_history_export", ": 17{n}:0;cd /show/{show}/work\n: 17{n}:0;export {E}=" + S + "\n: 17{n}:0;./publish.sh --shot {shot}\n"),
 ("studio_jsonnet_local_binding", "local show = '{show}';\nlocal {e} = '" + S + "';\n{{\n  name: show + '-sync',\n  env: {{ {E}: {e} }},\n}}\n"),
 ("dcc_launcher_kotlin_const_val", "package studio.launcher\n\nconst val SHOW = \"{show}\"\nconst val {E} = \"" + S + "\"\n"),
 ("review_app_dart_const", "// lib/config.dart\nconst String showCode = '{show}';\nconst String {e} = '" + S + "';\n"),
 ("farm_monitor_perl_our_scalar", "package FarmMon::Config;\nour $QUEUE = '{q}';\nour ${E} = '" + S + "';\n1;\n"),
 ("unity_scriptable_object_asset_yaml", "%YAML 1.1\n--- !u!114 &11400000\nMonoBehaviour:\n  m_Name: PipelineSettings\n  serverUrl: https://{H}\n  {e}: " + S + "\n"),
 ("pipeline_cue_field", "package pipeline\n\nfarm: {{\n\tqueue: \"{q}\"\n\t{e}: \"" + S + "\"\n}}\n"),
 ("render_cloud_pkl_property", "module studio.RenderCloud\n\nqueue: String = \"{q}\"\n{e}: String = \"" + S + "\"\n"),
 ("license_daemon_xml_attribute", "<?xml version=\"1.0\"?>\n<services show=\"{show}\">\n  <service name=\"{q}\" host=\"{H}\" {e}=\"" + S + "\"/>\n</services>\n"),
]


def camel(E):
    p = E.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def build(seed=11702, drop=()):
    rng = random.Random(seed)
    out = []
    kept = [v for v in V if v[0] not in drop]
    for i, (typ, E, gen) in enumerate(kept):
        style, tpl = STYLES[i % len(STYLES)]
        val = gen(rng)
        if typ == "azure_blob_sas_signature_sig":
            # the slot value sits inside a SAS URL, only the sig parameter is labelled
            pass
        fields = dict(E=E, e=camel(E), q=rng.choice(["sim", "lighting", "comp", "cache", "preview"]), H=host(rng),
                      show=rng.choice(["cobalt", "nightjar", "tidepool", "emberfall", "kestrel"]), shot=shot(rng),
                      n=str(rng.randint(10**7, 10**8 - 1)))
        t = tpl.format(**fields)
        if typ == "azure_blob_sas_signature_sig":
            t = t.replace(S, "https://renders.blob.core.windows.net/plates?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-31T00:00:00Z&sig=" + S)
        out.append((typ, typ + "__" + style, t, val))
    return out
