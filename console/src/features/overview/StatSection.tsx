import { Col, Flex, Row, Typography } from 'antd';
import { StatCard, type StatTone } from './StatCard';

export interface StatItem {
  title: string;
  value: number | undefined;
  testId: string;
  tone?: StatTone;
}

/** A titled row of figures of one kind (events, deliveries, jobs, endpoints). */
export function StatSection({ title, items }: { title: string; items: StatItem[] }) {
  return (
    <Flex vertical gap="small">
      <Typography.Text type="secondary">{title}</Typography.Text>
      <Row gutter={[12, 12]}>
        {items.map((item) => (
          <Col key={item.testId} xs={12} md={24 / items.length}>
            <StatCard {...item} />
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
