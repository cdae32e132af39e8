/**
 * How careers look in each function of the taxonomy: the title ladder from first job to
 * executive, what the work is (for bios), the expertise it builds and the industries it is found
 * in. Ids are taxonomy ids; a test keeps them resolvable.
 */
export interface Career {
  readonly functionId: string;
  /** How common the function is among alumni, relative to the others. */
  readonly weight: number;
  /** Seniority 0 (first job) to 4 (executive). */
  readonly titles: readonly [string, string, string, string, string];
  /** Finishes "… at Acme, where I …". */
  readonly work: readonly string[];
  readonly expertise: readonly string[];
  readonly industries: readonly string[];
}

export const CAREERS: readonly Career[] = [
  {
    functionId: 'product-management',
    weight: 9,
    titles: ['Associate Product Manager', 'Product Manager', 'Senior Product Manager', 'Director of Product', 'VP Product'],
    work: ['lead the team behind our core platform', 'own the roadmap for our customer-facing products', 'run discovery and planning for a portfolio of products'],
    expertise: ['product-strategy', 'user-research', 'product-analytics', 'customer-discovery', 'go-to-market-strategy', 'agile-scrum', 'product-market-fit', 'pricing', 'platform-strategy', 'artificial-intelligence'],
    industries: ['technology', 'software-saas', 'internet-ecommerce', 'fintech', 'digital-health', 'media-entertainment', 'consumer-goods-retail', 'automotive-mobility'],
  },
  {
    functionId: 'strategy',
    weight: 6,
    titles: ['Strategy Analyst', 'Strategy Manager', 'Senior Manager, Strategy', 'Director of Strategy', 'VP Strategy'],
    work: ['set the long-range plan with the executive team', 'lead strategic planning and new-business evaluations', 'shape where the company plays next'],
    expertise: ['corporate-strategy', 'competitive-strategy', 'growth-strategy', 'scenario-planning', 'market-entry', 'mergers-acquisitions', 'business-model-design', 'decision-making', 'digital-transformation'],
    industries: ['technology', 'consumer-goods-retail', 'healthcare-life-sciences', 'energy-climate', 'media-entertainment', 'telecommunications', 'manufacturing', 'travel-hospitality'],
  },
  {
    functionId: 'consulting',
    weight: 7,
    titles: ['Business Analyst', 'Associate', 'Engagement Manager', 'Principal', 'Partner'],
    work: ['advise leadership teams on growth and transformation', 'lead client work on strategy and operations', 'help large companies decide where to invest'],
    expertise: ['case-interviews', 'corporate-strategy', 'operations-management', 'digital-transformation', 'change-management', 'due-diligence', 'decision-making', 'stakeholder-management', 'executive-communication'],
    industries: ['consulting'],
  },
  {
    functionId: 'finance',
    weight: 6,
    titles: ['Financial Analyst', 'Senior Financial Analyst', 'Finance Manager', 'Director of Finance', 'CFO'],
    work: ['run planning, budgeting and investor reporting', 'lead the finance team through growth and fundraising', 'keep our capital allocation honest'],
    expertise: ['corporate-finance', 'fp-a', 'financial-modeling', 'accounting', 'valuation', 'capital-markets', 'fundraising'],
    industries: ['technology', 'software-saas', 'consumer-goods-retail', 'manufacturing', 'healthcare-life-sciences', 'energy-climate', 'real-estate', 'financial-services'],
  },
  {
    functionId: 'investment-banking',
    weight: 4,
    titles: ['Analyst', 'Associate', 'Vice President', 'Director', 'Managing Director'],
    work: ['advise companies on mergers, acquisitions and capital raising', 'cover clients through their biggest financing decisions', 'run sell-side and buy-side deals'],
    expertise: ['mergers-acquisitions', 'valuation', 'financial-modeling', 'capital-markets', 'due-diligence', 'negotiation'],
    industries: ['banking', 'financial-services'],
  },
  {
    functionId: 'investment',
    weight: 6,
    titles: ['Analyst', 'Associate', 'Vice President', 'Principal', 'Partner'],
    work: ['invest in early-stage companies and sit on their boards', 'lead investments and work closely with portfolio companies', 'look for companies worth backing for the long run'],
    expertise: ['venture-capital', 'private-equity', 'due-diligence', 'valuation', 'portfolio-management', 'angel-investing', 'impact-investing', 'fundraising', 'board-governance'],
    industries: ['venture-capital-private-equity', 'asset-wealth-management', 'financial-services', 'real-estate'],
  },
  {
    functionId: 'trading',
    weight: 2,
    titles: ['Trading Analyst', 'Trader', 'Senior Trader', 'Head of Desk', 'Managing Director, Markets'],
    work: ['trade rates and credit for institutional clients', 'run a trading book and the team around it', 'build systematic strategies with our quant team'],
    expertise: ['quantitative-finance', 'fixed-income', 'risk-management', 'capital-markets', 'portfolio-management', 'equity-research'],
    industries: ['banking', 'asset-wealth-management', 'financial-services'],
  },
  {
    functionId: 'corporate-development',
    weight: 2,
    titles: ['Corporate Development Analyst', 'Corporate Development Manager', 'Senior Manager, Corporate Development', 'Director of Corporate Development', 'VP Corporate Development'],
    work: ['find, negotiate and integrate acquisitions', 'lead our M&A and strategic investments', 'build partnerships and acquisitions that extend the business'],
    expertise: ['mergers-acquisitions', 'post-merger-integration', 'due-diligence', 'valuation', 'corporate-strategy', 'partnerships', 'negotiation'],
    industries: ['technology', 'software-saas', 'healthcare-life-sciences', 'biotech-pharma', 'media-entertainment', 'consumer-goods-retail'],
  },
  {
    functionId: 'marketing',
    weight: 6,
    titles: ['Marketing Associate', 'Marketing Manager', 'Senior Marketing Manager', 'Director of Marketing', 'Chief Marketing Officer'],
    work: ['lead brand and growth marketing', 'own positioning, launches and the customer story', 'build the brand across our markets'],
    expertise: ['brand-management', 'digital-marketing', 'growth-marketing', 'product-marketing', 'consumer-insights', 'content-marketing', 'marketing-analytics', 'pricing', 'social-media', 'storytelling'],
    industries: ['consumer-goods-retail', 'technology', 'internet-ecommerce', 'media-entertainment', 'food-agriculture', 'travel-hospitality', 'software-saas', 'automotive-mobility'],
  },
  {
    functionId: 'sales-business-development',
    weight: 5,
    titles: ['Business Development Representative', 'Account Executive', 'Senior Account Executive', 'Director of Business Development', 'VP Sales'],
    work: ['build partnerships and open new markets', 'lead the sales team for our largest accounts', 'grow revenue with enterprise customers'],
    expertise: ['enterprise-sales', 'partnerships', 'negotiation', 'sales-leadership', 'go-to-market-strategy', 'customer-success', 'stakeholder-management'],
    industries: ['software-saas', 'technology', 'medical-devices', 'telecommunications', 'fintech', 'manufacturing', 'media-entertainment'],
  },
  {
    functionId: 'customer-success',
    weight: 1,
    titles: ['Customer Success Associate', 'Customer Success Manager', 'Senior Customer Success Manager', 'Director of Customer Success', 'VP Customer Success'],
    work: ['make sure our largest customers get real value', 'lead the teams that onboard and renew customers'],
    expertise: ['customer-success', 'enterprise-sales', 'stakeholder-management', 'people-management', 'difficult-conversations'],
    industries: ['software-saas', 'technology', 'fintech', 'digital-health'],
  },
  {
    functionId: 'operations',
    weight: 5,
    titles: ['Operations Analyst', 'Operations Manager', 'Senior Operations Manager', 'Director of Operations', 'COO'],
    work: ['run day-to-day operations and the teams behind them', 'scale operations across new sites', 'make the business run better every quarter'],
    expertise: ['operations-management', 'lean-six-sigma', 'supply-chain-management', 'project-management', 'change-management', 'organizational-design', 'scaling-startups'],
    industries: ['manufacturing', 'healthcare-life-sciences', 'transportation-logistics', 'internet-ecommerce', 'consumer-goods-retail', 'travel-hospitality', 'food-agriculture', 'fintech'],
  },
  {
    functionId: 'supply-chain',
    weight: 3,
    titles: ['Supply Chain Analyst', 'Supply Chain Manager', 'Senior Manager, Supply Chain', 'Director of Supply Chain', 'VP Supply Chain'],
    work: ['run planning, sourcing and logistics', 'keep a global supply chain resilient', 'lead procurement and supplier partnerships'],
    expertise: ['supply-chain-management', 'procurement', 'operations-research', 'lean-six-sigma', 'manufacturing-operations', 'circular-economy', 'negotiation'],
    industries: ['manufacturing', 'consumer-goods-retail', 'automotive-mobility', 'transportation-logistics', 'food-agriculture', 'semiconductors-hardware', 'chemicals-materials'],
  },
  {
    functionId: 'project-management',
    weight: 2,
    titles: ['Project Coordinator', 'Project Manager', 'Senior Program Manager', 'Director, Program Management', 'VP Programs'],
    work: ['run large cross-functional programs', 'keep complex launches on time and on budget'],
    expertise: ['project-management', 'agile-scrum', 'stakeholder-management', 'change-management', 'operations-management'],
    industries: ['technology', 'aerospace-defense', 'construction-infrastructure', 'healthcare-life-sciences', 'energy-climate'],
  },
  {
    functionId: 'data-analytics',
    weight: 5,
    titles: ['Data Analyst', 'Data Scientist', 'Senior Data Scientist', 'Director of Analytics', 'Chief Data Officer'],
    work: ['lead a data science team that turns data into decisions', 'build the models behind our pricing and forecasting', 'run analytics for the whole company'],
    expertise: ['data-science', 'machine-learning', 'business-analytics', 'artificial-intelligence', 'product-analytics', 'data-engineering', 'operations-research', 'marketing-analytics'],
    industries: ['technology', 'software-saas', 'financial-services', 'internet-ecommerce', 'healthcare-life-sciences', 'insurance', 'media-entertainment'],
  },
  {
    functionId: 'engineering',
    weight: 4,
    titles: ['Software Engineer', 'Senior Software Engineer', 'Engineering Manager', 'Director of Engineering', 'CTO'],
    work: ['lead the engineering teams that build our platform', 'build and scale our infrastructure', 'grow the engineering organisation'],
    expertise: ['software-development', 'technical-leadership', 'cloud-computing', 'machine-learning', 'cybersecurity', 'data-engineering', 'agile-scrum', 'hiring-team-building'],
    industries: ['technology', 'software-saas', 'fintech', 'internet-ecommerce', 'semiconductors-hardware', 'automotive-mobility', 'aerospace-defense'],
  },
  {
    functionId: 'research-development',
    weight: 2,
    titles: ['Research Associate', 'Scientist', 'Senior Scientist', 'Director of R&D', 'VP Research & Development'],
    work: ['lead research from the lab to the first product', 'run a research group working on the next platform'],
    expertise: ['research-commercialization', 'innovation-management', 'drug-development', 'robotics-automation', 'artificial-intelligence', 'academic-careers'],
    industries: ['biotech-pharma', 'semiconductors-hardware', 'chemicals-materials', 'medical-devices', 'education', 'energy-climate'],
  },
  {
    functionId: 'design',
    weight: 1,
    titles: ['Product Designer', 'Senior Product Designer', 'Design Lead', 'Director of Design', 'VP Design'],
    work: ['lead design for our customer experience', 'build the design team and its practice'],
    expertise: ['ux-design', 'user-research', 'design-thinking', 'product-strategy', 'storytelling'],
    industries: ['technology', 'software-saas', 'internet-ecommerce', 'consumer-goods-retail', 'digital-health'],
  },
  {
    functionId: 'general-management',
    weight: 5,
    titles: ['Rotational Program Associate', 'Business Manager', 'General Manager', 'Managing Director', 'CEO'],
    work: ['run the business with full P&L responsibility', 'lead the company and its leadership team', 'run a business unit across several countries'],
    expertise: ['leadership', 'people-management', 'corporate-strategy', 'organizational-design', 'change-management', 'board-governance', 'executive-presence', 'crisis-management'],
    industries: ['consumer-goods-retail', 'manufacturing', 'healthcare-life-sciences', 'technology', 'media-entertainment', 'travel-hospitality', 'food-agriculture', 'financial-services', 'public-sector-nonprofit'],
  },
  {
    functionId: 'entrepreneurship',
    weight: 4,
    titles: ['Founding Team Member', 'Co-founder', 'Co-founder & COO', 'Co-founder & CEO', 'Founder & CEO'],
    work: ['build the company from its first customers', 'lead a young company through its next stage of growth'],
    expertise: ['startup-founding', 'fundraising', 'customer-discovery', 'product-market-fit', 'scaling-startups', 'hiring-team-building', 'bootstrapping', 'business-model-design', 'search-funds'],
    industries: ['technology', 'software-saas', 'fintech', 'digital-health', 'energy-climate', 'consumer-goods-retail', 'education', 'food-agriculture', 'real-estate'],
  },
  {
    functionId: 'hr-people',
    weight: 2,
    titles: ['HR Associate', 'HR Business Partner', 'Senior HR Business Partner', 'Director of People', 'Chief People Officer'],
    work: ['build the teams and culture the company runs on', 'lead hiring, development and inclusion'],
    expertise: ['hiring-team-building', 'organizational-culture', 'diversity-equity-inclusion', 'organizational-design', 'coaching-mentoring', 'change-management', 'difficult-conversations'],
    industries: ['technology', 'consumer-goods-retail', 'financial-services', 'healthcare-life-sciences', 'consulting'],
  },
  {
    functionId: 'legal-compliance',
    weight: 1,
    titles: ['Associate', 'Counsel', 'Senior Counsel', 'Deputy General Counsel', 'General Counsel'],
    work: ['advise the leadership team on deals, regulation and risk', 'lead our legal and compliance work'],
    expertise: ['regulatory-compliance', 'negotiation', 'technology-policy', 'board-governance', 'business-ethics', 'mergers-acquisitions'],
    industries: ['technology', 'financial-services', 'biotech-pharma', 'energy-climate'],
  },
  {
    functionId: 'risk-management',
    weight: 1,
    titles: ['Risk Analyst', 'Risk Manager', 'Senior Risk Manager', 'Director of Risk', 'Chief Risk Officer'],
    work: ['measure and manage the risks the firm takes', 'lead credit and market risk'],
    expertise: ['risk-management', 'regulatory-compliance', 'quantitative-finance', 'cybersecurity', 'scenario-planning', 'crisis-management'],
    industries: ['banking', 'insurance', 'financial-services', 'asset-wealth-management'],
  },
  {
    functionId: 'communications',
    weight: 1,
    titles: ['Communications Associate', 'Communications Manager', 'Senior Communications Manager', 'Director of Communications', 'VP Communications'],
    work: ['tell the company’s story to press, staff and investors', 'lead communications through launches and crises'],
    expertise: ['storytelling', 'public-speaking', 'executive-communication', 'crisis-management', 'content-marketing', 'social-media', 'personal-branding'],
    industries: ['media-entertainment', 'technology', 'public-sector-nonprofit', 'consumer-goods-retail'],
  },
  {
    functionId: 'policy-government-affairs',
    weight: 1,
    titles: ['Policy Analyst', 'Policy Manager', 'Senior Policy Advisor', 'Director of Government Affairs', 'VP Public Policy'],
    work: ['work with governments on the rules our industry lives by', 'lead policy and regulatory strategy'],
    expertise: ['public-policy', 'technology-policy', 'healthcare-policy', 'regulatory-compliance', 'stakeholder-management', 'international-development'],
    industries: ['public-sector-nonprofit', 'technology', 'energy-climate', 'healthcare-life-sciences'],
  },
  {
    functionId: 'sustainability',
    weight: 2,
    titles: ['Sustainability Analyst', 'Sustainability Manager', 'Senior Manager, Sustainability', 'Director of Sustainability', 'Chief Sustainability Officer'],
    work: ['lead our path to net zero', 'build sustainability into how we source, make and sell'],
    expertise: ['sustainability-strategy', 'energy-transition', 'carbon-markets', 'circular-economy', 'impact-investing', 'stakeholder-management'],
    industries: ['energy-climate', 'consumer-goods-retail', 'manufacturing', 'food-agriculture', 'chemicals-materials', 'consulting'],
  },
];

/** Ladders where an industry names its ranks its own way. */
export const INDUSTRY_TITLES: Readonly<Record<string, Career['titles']>> = {
  'venture-capital-private-equity/investment': ['Analyst', 'Associate', 'Principal', 'Partner', 'Managing Partner'],
  'asset-wealth-management/investment': ['Research Analyst', 'Associate Portfolio Manager', 'Portfolio Manager', 'Senior Portfolio Manager', 'Chief Investment Officer'],
  'education/research-development': ['Research Assistant', 'Postdoctoral Fellow', 'Assistant Professor', 'Associate Professor', 'Professor'],
  'public-sector-nonprofit/general-management': ['Program Associate', 'Program Manager', 'Director of Programs', 'Executive Director', 'President & CEO'],
};
