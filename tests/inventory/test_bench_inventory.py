"""The benchmark's generated inventories must stay valid, or the benchmark measures error paths."""

from bench.gen_inventory import generate
from sitegroup.inventory import check_environment


def test_generated_inventory_is_valid_and_hierarchical(tmp_path):
    env, issues = check_environment(path=generate(400, tmp_path / "inv"))
    assert issues == []
    assert len(env.sites) == 400
    kinds = {(s.type, s.level) for s in env.sites}
    assert kinds == {("portal", "province"), ("portal", "city"), ("portal", "county"), ("department", "department")}
