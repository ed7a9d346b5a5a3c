"""Vendor part: one record per vendor credential type, 12 new styles cycled."""
import random, string
from common import *

SEED = 6502
UP = string.ascii_uppercase
UPAN = UP + string.digits
D = string.digits
B32L = "abcdefghijklmnopqrstuvwxyz234567"


def L(prefix, alpha, n, suffix=""):
    return lambda r: prefix + rs(r, alpha, n) + suffix


def _jwt(claims):
    return lambda r: jwt(r, dict(claims, jti=uuid4(r), iat=1700000000 + r.randint(0, 9999999)))


def _atlassian(r): return "ATATT3xFfGF0" + rs(r, B64U, 170) + "=" + rs(r, HEX.upper(), 8)
def _azure_ad(r): return rs(r, AN, 3) + r.choice(D) + "Q~" + rs(r, AN + "_.-", 34)
def _azdo(r): return rs(r, B32L, 52)
def _iot_hub(r): return b64_bytes(r, 32)
def _sts(r): return "IQoJb3JpZ2luX2Vj" + rs(r, AN + "/+", 340) + "="
def _mapbox(r): return "sk." + b64url_json({"u": r.choice(["avlab", "fleetmaps"]), "a": rs(r, LOWER_AN, 25)}) + "." + rs(r, B64U, 22)
def _elastic(r): return base64.b64encode((rs(r, B64U, 20) + ":" + rs(r, B64U, 22)).encode()).decode()
def _artifactory_ref(r): return base64.b64encode(("reftkn:01:" + str(r.randint(1700000000, 2000000000)) + ":" + rs(r, AN, 27)).encode()).decode()
def _grafana_sa(r): return "glsa_" + rs(r, AN, 32) + "_" + rs(r, HEX, 8)
def _dynatrace(r): return "dt0c01." + rs(r, UPAN, 24) + "." + rs(r, UPAN, 64)
def _teamcity(r): return "eyJ0eXAiOiAiVENWMiJ9." + rs(r, B64U, 36) + "." + rs(r, B64U, 48)
def _rancher(r): return "token-" + rs(r, LOWER_AN, 5) + ":" + rs(r, LOWER_AN, 54)
def _sap_xsuaa(r): return uuid4(r) + "$" + rs(r, B64U, 43) + "="
def _tesla(r): return "ta-secret." + rs(r, AN, 16)
def _husarnet(r): return "fc94:b01d:1803:8dd8:b293:5c7d:7639:932a/" + rs(r, AN, 22)
def _perforce(r): return rs(r, HEX.upper(), 32)
def _oftp(r): return rs(r, UPAN, 8)
def _teamviewer(r): return str(r.randint(10000000, 99999999)) + "-" + rs(r, AN, 20)
def _octopus(r): return "API-" + rs(r, UPAN, 26)
def _ops(r): return "ops_eyJ" + rs(r, AN + "+/", 280) + "="
def _doppler(r): return "dp.st.prd." + rs(r, AN, 40)
def _fly(r): return "FlyV1 fm2_" + rs(r, AN + "+/", 180) + "=="
def _oci(r): return rs(r, AN + "()<>#;:.[]{}", 20)
def _ubidots(r): return "BBFF-" + rs(r, AN, 30)
def _slack_hook(r): return "T" + rs(r, UPAN, 10) + "/B" + rs(r, UPAN, 10) + "/" + rs(r, AN, 24)
def _sentry_org(r): return "sntrys_" + b64url_json({"iat": 1700000000 + r.randint(0, 9999999), "url": "https://sentry.io", "org": "av-lab"}) + "_" + rs(r, AN + "+/", 43)
def _ngc(r): return "nvapi-" + rs(r, B64U, 64)
def _nuget(r): return "oy2" + rs(r, LOWER_AN, 43)
def _heroku(r): return "HRKU-AA" + rs(r, B64U, 58)
def _newrelic_lic(r): return rs(r, HEX, 36) + "NRAL"
def _infisical(r): return "st." + uuid4(r) + "." + rs(r, HEX, 32) + "." + rs(r, HEX, 32)
def _xai(r): return "xai-" + rs(r, AN, 80)
def _planet(r): return "PLAK" + rs(r, HEX, 32)
def _launchdarkly(r): return "sdk-" + uuid4(r)
def _postman(r): return "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34)
def _cci(r): return "CCIPAT_" + rs(r, AN, 22) + "_" + rs(r, HEX, 40)
def _geotab(r): return rs(r, B64U, 22)
def _cesium(r): return jwt(r, {"jti": uuid4(r), "id": r.randint(10000, 999999), "iat": 1700000000 + r.randint(0, 9999999)})
def _pw(r): return owner_password(r)

# type -> (generator, env name)
V = [
    ("foxglove_platform_api_key", L("fox_sk_", AN, 32), "FOXGLOVE_API_KEY"),
    ("jenkins_user_api_token", L("11", HEX, 32), "JENKINS_API_TOKEN"),
    ("jfrog_reference_token", _artifactory_ref, "JFROG_ACCESS_TOKEN"),
    ("jfrog_legacy_api_key", L("AKCp", AN, 69), "ARTIFACTORY_API_KEY"),
    ("atlassian_cloud_api_token", _atlassian, "JIRA_API_TOKEN"),
    ("confluence_datacenter_pat", L("", AN, 44), "CONFLUENCE_PAT"),
    ("gitlab_user_pat_glpat", L("glpat-", B64U, 20), "GITLAB_TOKEN"),
    ("github_app_installation_token", L("ghs_", AN, 36), "GH_INSTALLATION_TOKEN"),
    ("github_oauth_refresh_token", L("ghr_", AN, 76), "GH_REFRESH_TOKEN"),
    ("polarion_rest_access_token", _jwt({"sub": "svc-polarion", "iss": "polarion"}), "POLARION_TOKEN"),
    ("codebeamer_rest_password", _pw, "CODEBEAMER_PASSWORD"),
    ("windchill_odata_service_password", _pw, "WINDCHILL_SVC_PASSWORD"),
    ("teamcenter_sso_app_token", L("", AN + "+/", 64), "TC_SSO_APP_TOKEN"),
    ("enovia_3dexperience_agent_password", _pw, "ENOVIA_AGENT_PASSWORD"),
    ("insights_hub_app_client_secret", L("", AN, 48), "MDSP_CLIENT_SECRET"),
    ("thingworx_application_key", uuid4, "TWX_APP_KEY"),
    ("canoe_remote_license_password", _pw, "VECTOR_LICENSE_PASSWORD"),
    ("mavlink2_signing_secret_hex", L("", HEX, 64), "MAVLINK_SIGNING_KEY"),
    ("dji_cloud_api_app_key", L("", HEX, 32), "DJI_APP_KEY"),
    ("dji_cloud_api_app_license", L("", AN + "+/", 160, "=="), "DJI_APP_LICENSE"),
    ("dronedeploy_api_key", L("", AN, 32), "DRONEDEPLOY_API_KEY"),
    ("auterion_suite_api_token", _jwt({"iss": "auterion-suite", "scope": "fleet"}), "AUTERION_TOKEN"),
    ("pix4d_cloud_client_secret", L("", AN, 64), "PIX4D_CLIENT_SECRET"),
    ("cesium_ion_access_token", _cesium, "CESIUM_ION_TOKEN"),
    ("mapbox_secret_access_token", _mapbox, "MAPBOX_SECRET_TOKEN"),
    ("here_platform_api_key", L("", B64U, 43), "HERE_API_KEY"),
    ("tomtom_maps_api_key", L("", AN, 32), "TOMTOM_API_KEY"),
    ("azure_iot_hub_shared_access_key", _iot_hub, "IOTHUB_SAS_KEY"),
    ("azure_devops_pat_legacy", _azdo, "AZURE_DEVOPS_EXT_PAT"),
    ("azure_entra_client_secret", _azure_ad, "AZURE_CLIENT_SECRET"),
    ("particle_cloud_access_token", L("", HEX, 40), "PARTICLE_ACCESS_TOKEN"),
    ("balena_cloud_api_key", L("", AN, 32), "BALENA_API_KEY"),
    ("golioth_project_api_key", L("", AN, 32), "GOLIOTH_API_KEY"),
    ("memfault_project_key", L("", AN, 32), "MEMFAULT_PROJECT_KEY"),
    ("sentry_org_auth_token", _sentry_org, "SENTRY_AUTH_TOKEN"),
    ("nvidia_ngc_personal_key", _ngc, "NGC_API_KEY"),
    ("omniverse_nucleus_service_password", _pw, "OMNI_PASS"),
    ("ubuntu_pro_contract_token", L("C", AN, 29), "UBUNTU_PRO_TOKEN"),
    ("husarnet_network_join_code", _husarnet, "HUSARNET_JOIN_CODE"),
    ("teleport_static_join_token", L("", HEX, 32), "TELEPORT_JOIN_TOKEN"),
    ("nomad_acl_secret_id", uuid4, "NOMAD_TOKEN"),
    ("consul_acl_secret_id", uuid4, "CONSUL_HTTP_TOKEN"),
    ("vault_batch_token_hvb", L("hvb.", B64U, 138), "VAULT_TOKEN"),
    ("pulumi_cloud_access_token", L("pul-", HEX, 40), "PULUMI_ACCESS_TOKEN"),
    ("kubernetes_service_account_jwt", lambda r: "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + rs(r, B64U, 30) + "." + b64url_json({"iss": "kubernetes/serviceaccount", "sub": "system:serviceaccount:sim:runner"}) + "." + rs(r, B64U, 342), "K8S_SA_TOKEN"),
    ("rancher_api_bearer_token", _rancher, "RANCHER_TOKEN"),
    ("argocd_account_token", _jwt({"iss": "argocd", "sub": "ci:apiKey"}), "ARGOCD_AUTH_TOKEN"),
    ("harbor_robot_account_secret", L("", AN, 32), "HARBOR_ROBOT_SECRET"),
    ("nexus_user_token_passcode", L("", AN + "-_", 44), "NEXUS_TOKEN_PASSCODE"),
    ("sonarqube_user_token_squ", L("squ_", HEX, 40), "SONAR_TOKEN"),
    ("sonarqube_project_token_sqp", L("sqp_", HEX, 40), "SONAR_PROJECT_TOKEN"),
    ("jama_connect_client_secret", L("", AN, 32), "JAMA_CLIENT_SECRET"),
    ("perforce_helix_login_ticket", _perforce, "P4TICKET_VALUE"),
    ("teamviewer_script_api_token", _teamviewer, "TEAMVIEWER_API_TOKEN"),
    ("xai_grok_api_key", _xai, "XAI_API_KEY"),
    ("deepseek_platform_api_key", L("sk-", HEX, 32), "DEEPSEEK_API_KEY"),
    ("voyage_ai_api_key", L("pa-", B64U, 43), "VOYAGE_API_KEY"),
    ("fireworks_ai_api_key", L("fw_", AN, 24), "FIREWORKS_API_KEY"),
    ("cerebras_inference_api_key", L("csk-", LOWER_AN, 48), "CEREBRAS_API_KEY"),
    ("stability_ai_api_key", L("sk-", AN, 48), "STABILITY_API_KEY"),
    ("slack_incoming_webhook_path", _slack_hook, "SLACK_WEBHOOK_PATH"),
    ("mattermost_user_access_token", L("", LOWER_AN, 26), "MM_ACCESS_TOKEN"),
    ("rocketchat_personal_token", L("", B64U, 43), "ROCKETCHAT_TOKEN"),
    ("zulip_bot_api_key", L("", AN, 32), "ZULIP_API_KEY"),
    ("opsgenie_integration_api_key", uuid4, "OPSGENIE_API_KEY"),
    ("grafana_service_account_token", _grafana_sa, "GRAFANA_SA_TOKEN"),
    ("influxdb3_admin_token", L("apiv3_", B64U, 86), "INFLUXDB3_AUTH_TOKEN"),
    ("elastic_cloud_encoded_api_key", _elastic, "ELASTIC_API_KEY"),
    ("splunk_hec_token", uuid4, "SPLUNK_HEC_TOKEN"),
    ("new_relic_user_api_key", L("NRAK-", UPAN, 27), "NEW_RELIC_API_KEY"),
    ("new_relic_ingest_license_key", _newrelic_lic, "NEW_RELIC_LICENSE_KEY"),
    ("datadog_api_key_ingest", L("", HEX, 32), "DD_API_KEY"),
    ("dynatrace_api_token_dt0c01", _dynatrace, "DT_API_TOKEN"),
    ("vonage_api_secret", L("", AN, 16), "VONAGE_API_SECRET"),
    ("sparkpost_api_key", L("", HEX, 40), "SPARKPOST_API_KEY"),
    ("stripe_restricted_live_key", L("rk_live_51", AN, 97), "STRIPE_RESTRICTED_KEY"),
    ("shopify_admin_access_token", L("shpat_", HEX, 32), "SHOPIFY_ADMIN_TOKEN"),
    ("sap_btp_xsuaa_client_secret", _sap_xsuaa, "XSUAA_CLIENTSECRET"),
    ("coupa_supplier_api_key", L("", HEX, 40), "COUPA_API_KEY"),
    ("sap_ariba_api_shared_secret", L("", AN, 32), "ARIBA_SHARED_SECRET"),
    ("jaggaer_supplier_portal_password", _pw, "JAGGAER_PASSWORD"),
    ("odette_oftp2_sfid_password", _oftp, "OFTP2_SFID_PASSWORD"),
    ("as2_partner_basic_auth_password", _pw, "AS2_PARTNER_PASSWORD"),
    ("catena_x_edc_management_api_key", L("", AN, 40), "EDC_API_AUTH_KEY"),
    ("tesla_fleet_api_client_secret", _tesla, "TESLA_CLIENT_SECRET"),
    ("smartcar_client_secret", uuid4, "SMARTCAR_CLIENT_SECRET"),
    ("geotab_mygeotab_session_id", _geotab, "MYGEOTAB_SESSION_ID"),
    ("samsara_api_token", L("samsara_api_", AN, 30), "SAMSARA_API_TOKEN"),
    ("volvo_cars_vcc_api_key", L("", HEX, 32), "VCC_API_KEY"),
    ("flightaware_aeroapi_key", L("", AN, 32), "AEROAPI_KEY"),
    ("opensky_network_api_password", _pw, "OPENSKY_PASSWORD"),
    ("aviationstack_access_key", L("", HEX, 32), "AVIATIONSTACK_KEY"),
    ("space_track_org_password", _pw, "SPACETRACK_PASSWORD"),
    ("n2yo_satellite_api_key", lambda r: rs(r, UPAN, 6) + "-" + rs(r, UPAN, 6) + "-" + rs(r, UPAN, 6) + "-" + rs(r, UPAN, 4), "N2YO_API_KEY"),
    ("planet_labs_api_key", _planet, "PL_API_KEY"),
    ("sentinel_hub_oauth_client_secret", L("", AN, 40), "SH_CLIENT_SECRET"),
    ("rescale_platform_api_key", L("", HEX, 40), "RESCALE_API_KEY"),
    ("onshape_api_secret_key", L("", AN, 48), "ONSHAPE_SECRET_KEY"),
    ("autodesk_aps_client_secret", L("", AN, 64), "APS_CLIENT_SECRET"),
    ("simscale_api_key", L("", AN + "-", 40), "SIMSCALE_API_KEY"),
    ("gazebo_fuel_private_token", L("", HEX, 32), "IGN_FUEL_PRIVATE_TOKEN"),
    ("ni_systemlink_api_key", L("", B64U, 42), "SYSTEMLINK_API_KEY"),
    ("hivemq_cloud_credential_password", _pw, "HIVEMQ_PASSWORD"),
    ("emqx_cloud_app_secret", L("", AN, 48), "EMQX_APP_SECRET"),
    ("thingsboard_device_access_token", L("", AN, 20), "TB_DEVICE_TOKEN"),
    ("losant_api_token", _jwt({"iss": "api.losant.com", "subject": "app"}), "LOSANT_API_TOKEN"),
    ("ubidots_account_token", _ubidots, "UBIDOTS_TOKEN"),
    ("adafruit_io_key", L("aio_", AN, 28), "ADAFRUIT_IO_KEY"),
    ("blynk_device_auth_token", L("", B64U, 32), "BLYNK_AUTH_TOKEN"),
    ("arduino_iot_cloud_client_secret", L("", AN, 64), "ARDUINO_CLIENT_SECRET"),
    ("mender_personal_access_token", _jwt({"iss": "Mender Users", "mender.user": True}), "MENDER_PAT"),
    ("hawkbit_target_security_token", L("", HEX, 32), "HAWKBIT_TARGET_TOKEN"),
    ("npm_granular_access_token", L("npm_", AN, 36), "NPM_TOKEN"),
    ("nuget_org_api_key", _nuget, "NUGET_API_KEY"),
    ("rubygems_push_api_key", L("rubygems_", HEX, 48), "GEM_HOST_API_KEY"),
    ("crates_io_publish_token", L("cio", AN, 32), "CARGO_REGISTRY_TOKEN"),
    ("conan_remote_login_password", _pw, "CONAN_PASSWORD"),
    ("cloudsmith_api_key", L("", HEX, 40), "CLOUDSMITH_API_KEY"),
    ("bitbucket_repository_access_token", L("ATCTT3xFfGN0", B64U, 180, "=" ), "BITBUCKET_REPO_TOKEN"),
    ("circleci_personal_api_token", _cci, "CIRCLECI_TOKEN"),
    ("buildkite_user_access_token", L("bkua_", HEX, 40), "BUILDKITE_API_TOKEN"),
    ("teamcity_access_token", _teamcity, "TEAMCITY_TOKEN"),
    ("octopus_deploy_api_key", _octopus, "OCTOPUS_API_KEY"),
    ("launchdarkly_server_sdk_key", _launchdarkly, "LD_SDK_KEY"),
    ("postman_api_key", _postman, "POSTMAN_API_KEY"),
    ("onepassword_service_account_token", _ops, "OP_SERVICE_ACCOUNT_TOKEN"),
    ("doppler_service_token", _doppler, "DOPPLER_TOKEN"),
    ("infisical_service_token", _infisical, "INFISICAL_TOKEN"),
    ("netlify_personal_access_token", L("nfp_", AN, 36), "NETLIFY_AUTH_TOKEN"),
    ("render_api_key", L("rnd_", AN, 32), "RENDER_API_KEY"),
    ("fly_io_access_token", _fly, "FLY_API_TOKEN"),
    ("heroku_platform_api_key", _heroku, "HEROKU_API_KEY"),
    ("linode_personal_access_token", L("", HEX, 64), "LINODE_TOKEN"),
    ("vultr_api_key", L("", UPAN, 36), "VULTR_API_KEY"),
    ("hetzner_cloud_project_token", L("", AN, 64), "HCLOUD_TOKEN"),
    ("scaleway_secret_key", uuid4, "SCW_SECRET_KEY"),
    ("ibm_cloud_iam_api_key", L("", B64U, 44), "IBMCLOUD_API_KEY"),
    ("oracle_cloud_auth_token", _oci, "OCI_AUTH_TOKEN"),
    ("alibaba_cloud_access_key_secret", L("", AN, 30), "ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
    ("aws_sts_session_token", _sts, "AWS_SESSION_TOKEN"),
]

STYLES = {
    "ros2_launch_setenv_action": "SetEnvironmentVariable(name='{K}', value='{V}'),\n",
    "roslaunch_env_element": "<env name=\"{K}\" value=\"{V}\"/>\n",
    "ros_param_server_yaml": "cloud_bridge:\n  ros__parameters:\n    {k}: {V}\n",
    "ci_pipeline_variables_yaml": "variables:\n  {K}: \"{V}\"\n",
    "jenkinsfile_environment_line": "environment {{\n    {K} = '{V}'\n}}\n",
    "bitbake_local_conf_assign": "{K} = \"{V}\"\n",
    "platformio_build_flags_define": "[env:fmu]\nbuild_flags = -D{K}=\\\"{V}\\\"\n",
    "cmake_cache_string_entry": "//Credential for {k}\n{K}:STRING={V}\n",
    "hil_station_ini_key": "[Cloud]\n{K}={V}\n",
    "alm_ticket_comment_paste": "{U} commented on SYS-{N}: the {k} that works on the rig is {V} (do not rotate before release)\n",
    "supplier_portal_handover_mail": "Hi, for the tier-2 portal integration please configure {k}: {V}\nBest, {U}\n",
    "sim_farm_dockerfile_env": "FROM nvcr.io/nvidia/isaac-sim:4.2.0\nENV {K}={V}\n",
}


def build(pool):
    rng = random.Random(SEED)
    styles = list(STYLES)
    out = []
    for i, (t, gen, env) in enumerate(V):
        st = styles[i % len(styles)]
        text, v = emit(rng, pool, STYLES[st], gen, {"K": env, "k": t.replace("_", " ") if st in ("alm_ticket_comment_paste", "supplier_portal_handover_mail") else env.lower()})
        out.append(dict(type=t, container=t + "__" + st, text=text, value=v, source="vendor"))
    return out
