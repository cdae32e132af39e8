/**
 * What each taxonomy industry looks like from the inside: how its organisations are named
 * ("Moraes Therapeutics"), the kind of workplace a student aims for ("a climate-tech startup"),
 * and the expertise topics particular to it. Keyed by industry id; a test keeps them resolvable.
 */
export interface Sector {
  readonly orgSuffixes: readonly string[];
  readonly workplaces: readonly string[];
  readonly topics: readonly string[];
}

export const SECTORS: Readonly<Record<string, Sector>> = {
  technology: {
    orgSuffixes: ['Technologies', 'Labs', 'Systems', 'Digital'],
    workplaces: ['tech company', 'high-growth startup'],
    topics: ['artificial-intelligence', 'cloud-computing', 'platform-strategy'],
  },
  'software-saas': {
    orgSuffixes: ['Software', 'Cloud', 'Analytics', 'Data'],
    workplaces: ['B2B software company', 'software startup'],
    topics: ['enterprise-sales', 'cloud-computing', 'product-analytics'],
  },
  'internet-ecommerce': {
    orgSuffixes: ['Commerce', 'Market', 'Direct', 'Online'],
    workplaces: ['consumer internet company', 'e-commerce marketplace'],
    topics: ['e-commerce', 'platform-strategy', 'growth-marketing'],
  },
  'semiconductors-hardware': {
    orgSuffixes: ['Semiconductor', 'Devices', 'Microsystems', 'Electronics'],
    workplaces: ['chip company', 'hardware startup'],
    topics: ['research-commercialization', 'manufacturing-operations', 'supply-chain-management'],
  },
  telecommunications: {
    orgSuffixes: ['Telecom', 'Networks', 'Communications', 'Mobile'],
    workplaces: ['telecom operator', 'network equipment maker'],
    topics: ['cloud-computing', 'digital-transformation', 'regulatory-compliance'],
  },
  'financial-services': {
    orgSuffixes: ['Financial', 'Financial Group', 'Capital', 'Partners'],
    workplaces: ['financial services firm', 'global bank'],
    topics: ['risk-management', 'regulatory-compliance', 'capital-markets'],
  },
  banking: {
    orgSuffixes: ['Bank', 'Bancorp', 'Trust', 'Banking Group'],
    workplaces: ['investment bank', 'global bank'],
    topics: ['capital-markets', 'mergers-acquisitions', 'risk-management'],
  },
  fintech: {
    orgSuffixes: ['Pay', 'Finance', 'Money', 'Ledger'],
    workplaces: ['fintech startup', 'payments company'],
    topics: ['payments', 'blockchain-crypto', 'financial-inclusion'],
  },
  insurance: {
    orgSuffixes: ['Insurance', 'Mutual', 'Assurance', 'Re'],
    workplaces: ['insurer', 'insurtech startup'],
    topics: ['risk-management', 'data-science', 'regulatory-compliance'],
  },
  'asset-wealth-management': {
    orgSuffixes: ['Asset Management', 'Investors', 'Wealth Partners', 'Capital Management'],
    workplaces: ['hedge fund', 'asset manager'],
    topics: ['portfolio-management', 'equity-research', 'personal-finance'],
  },
  'venture-capital-private-equity': {
    orgSuffixes: ['Ventures', 'Capital', 'Equity Partners', 'Growth Partners'],
    workplaces: ['venture capital firm', 'growth equity fund', 'private equity firm'],
    topics: ['venture-capital', 'private-equity', 'due-diligence', 'fundraising'],
  },
  consulting: {
    orgSuffixes: ['& Company', 'Consulting Group', 'Advisors', 'Partners'],
    workplaces: ['strategy consulting firm', 'boutique consultancy'],
    topics: ['case-interviews', 'corporate-strategy', 'digital-transformation'],
  },
  'healthcare-life-sciences': {
    orgSuffixes: ['Health', 'Medical Center', 'Health System', 'Care'],
    workplaces: ['hospital system', 'healthcare provider'],
    topics: ['healthcare-policy', 'healthcare-operations', 'healthcare-innovation'],
  },
  'biotech-pharma': {
    orgSuffixes: ['Therapeutics', 'Biosciences', 'Pharma', 'Bio'],
    workplaces: ['biotech startup', 'pharmaceutical company'],
    topics: ['drug-development', 'research-commercialization', 'healthcare-policy'],
  },
  'medical-devices': {
    orgSuffixes: ['Medical', 'Surgical', 'Diagnostics', 'MedTech'],
    workplaces: ['medical device company', 'diagnostics startup'],
    topics: ['healthcare-innovation', 'regulatory-compliance', 'research-commercialization'],
  },
  'digital-health': {
    orgSuffixes: ['Health', 'Care', 'Clinic', 'Wellness'],
    workplaces: ['digital health startup', 'telehealth company'],
    topics: ['healthcare-innovation', 'healthcare-operations', 'product-analytics'],
  },
  'energy-climate': {
    orgSuffixes: ['Energy', 'Power', 'Renewables', 'Climate'],
    workplaces: ['climate-tech startup', 'renewable energy developer', 'utility'],
    topics: ['energy-transition', 'sustainability-strategy', 'carbon-markets', 'project-finance'],
  },
  'oil-gas': {
    orgSuffixes: ['Petroleum', 'Energy', 'Resources', 'Oil & Gas'],
    workplaces: ['energy major', 'oilfield services company'],
    topics: ['energy-transition', 'project-finance', 'risk-management'],
  },
  'consumer-goods-retail': {
    orgSuffixes: ['Brands', 'Goods', 'Stores', 'Retail'],
    workplaces: ['consumer brand', 'retailer'],
    topics: ['brand-management', 'retail-strategy', 'consumer-insights'],
  },
  'food-agriculture': {
    orgSuffixes: ['Foods', 'Farms', 'Harvest', 'Agriculture'],
    workplaces: ['food company', 'agtech startup'],
    topics: ['supply-chain-management', 'sustainability-strategy', 'brand-management'],
  },
  'media-entertainment': {
    orgSuffixes: ['Media', 'Studios', 'Entertainment', 'Publishing'],
    workplaces: ['media company', 'streaming service', 'game studio'],
    topics: ['content-marketing', 'storytelling', 'brand-management'],
  },
  'travel-hospitality': {
    orgSuffixes: ['Hotels', 'Travel', 'Hospitality', 'Resorts'],
    workplaces: ['hotel group', 'travel company'],
    topics: ['brand-management', 'customer-success', 'pricing'],
  },
  manufacturing: {
    orgSuffixes: ['Industries', 'Manufacturing', 'Works', 'Industrial'],
    workplaces: ['industrial manufacturer', 'advanced manufacturing startup'],
    topics: ['manufacturing-operations', 'lean-six-sigma', 'robotics-automation'],
  },
  'automotive-mobility': {
    orgSuffixes: ['Motors', 'Mobility', 'Automotive', 'Auto Group'],
    workplaces: ['electric vehicle maker', 'mobility startup'],
    topics: ['robotics-automation', 'energy-transition', 'supply-chain-management'],
  },
  'aerospace-defense': {
    orgSuffixes: ['Aerospace', 'Defense Systems', 'Aviation', 'Space'],
    workplaces: ['space startup', 'aerospace company'],
    topics: ['research-commercialization', 'project-management', 'manufacturing-operations'],
  },
  'transportation-logistics': {
    orgSuffixes: ['Logistics', 'Freight', 'Shipping', 'Transport'],
    workplaces: ['logistics company', 'freight-tech startup'],
    topics: ['supply-chain-management', 'operations-research', 'operations-management'],
  },
  'real-estate': {
    orgSuffixes: ['Properties', 'Realty', 'Real Estate', 'Development'],
    workplaces: ['real estate developer', 'proptech startup'],
    topics: ['real-estate-investing', 'real-estate-development', 'urban-planning'],
  },
  'construction-infrastructure': {
    orgSuffixes: ['Construction', 'Builders', 'Infrastructure', 'Engineering'],
    workplaces: ['infrastructure firm', 'construction company'],
    topics: ['project-finance', 'urban-planning', 'project-management'],
  },
  'chemicals-materials': {
    orgSuffixes: ['Chemicals', 'Materials', 'Minerals', 'Polymers'],
    workplaces: ['materials company', 'specialty chemicals maker'],
    topics: ['circular-economy', 'manufacturing-operations', 'research-commercialization'],
  },
  'public-sector-nonprofit': {
    orgSuffixes: ['Foundation', 'Institute', 'Alliance', 'Trust'],
    workplaces: ['nonprofit', 'government agency', 'foundation'],
    topics: ['public-policy', 'nonprofit-management', 'international-development'],
  },
  education: {
    orgSuffixes: ['Academy', 'Learning', 'Institute', 'Education'],
    workplaces: ['university', 'edtech startup'],
    topics: ['education-innovation', 'academic-careers', 'nonprofit-management'],
  },
};
