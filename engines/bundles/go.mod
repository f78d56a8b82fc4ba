// The upstream sources of the bundles the program installs (sitegroup/k8s/versions.py): the Gateway API
// standard CRDs, cert-manager's CRDs and chart, Envoy Gateway's two charts, Velero's CRDs. Provincial
// government clouds run without internet, so the program installs them from a mirror, and the mirror is made
// from these releases' Go module zips (they carry the CRD YAML and the chart sources): the Go module proxy,
// or an internal GOPROXY, serves them, and go.sum checksums them. Nothing here is built and no package is
// imported: sitegroup/engines/bundles.py runs `go mod download -json <module>` here (each zip verified
// against go.sum) and lays the mirror out (docs/bundles.md).
//
// Keep the versions equal to the pins in versions.py (tests/program/test_bundles.py compares them). Do not
// run `go mod tidy` here (no package is imported: it would drop every requirement) nor `go get`.
//
// The replace: cert-manager v1.21.1 and Envoy Gateway v1.8.2 require the newer gateway-api Go module (v1.6.0
// and v1.5.1, for its Go types), so a command that loads the whole module graph (`go list -m all`) raises
// our requirement to v1.6.0; the replace keeps the mirrored CRDs at the pinned v1.4.1 whatever is selected.
module sitegroup.local/engines/bundles

go 1.26.4

require (
	github.com/cert-manager/cert-manager v1.21.1
	github.com/envoyproxy/gateway v1.8.2
	github.com/vmware-tanzu/velero v1.17.2
	sigs.k8s.io/gateway-api v1.4.1
)

replace sigs.k8s.io/gateway-api => sigs.k8s.io/gateway-api v1.4.1
