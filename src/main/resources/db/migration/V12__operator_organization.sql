-- The operator: the business that runs Portico, whose organization sets every other
-- organization's plan. The first organization created (the first-run bootstrap's) is it.
ALTER TABLE organizations ADD COLUMN is_operator BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE organizations SET is_operator = TRUE
 WHERE id = (SELECT id FROM organizations ORDER BY created_at, id LIMIT 1);
-- The operator's organization list pages by name or by created_at.
CREATE INDEX organizations_by_name ON organizations (name, id);
CREATE INDEX organizations_by_created ON organizations (created_at, id);
